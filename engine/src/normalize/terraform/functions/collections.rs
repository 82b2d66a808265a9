//! Collection functions: `concat`, `merge`, `lookup`, `flatten`, `keys`, `length`, set operations, ...

use std::collections::BTreeMap;

use super::{arg, arity, list, map, number, string, strings};
use crate::normalize::terraform::evaluator::Result;
use crate::normalize::terraform::operators::{dedup, equal, sorted_set};
use crate::normalize::terraform::value::{OPEN, Val};

pub fn call(name: &str, args: &[Val]) -> Option<Result<Val>> {
    Some(match name {
        "length" => (|| {
            arity(name, args, 1)?;
            Ok(Val::Number(match &args[0] {
                Val::List(items) => items.len(),
                Val::Map(map) => map.keys().filter(|k| *k != OPEN).count(),
                Val::String(s) => s.chars().count(),
                other => return Err(format!("cannot take the length of a {}", other.type_name())),
            } as f64))
        })(),
        "concat" => (|| {
            let mut out = Vec::new();
            for i in 0..args.len() {
                out.extend(list(args, i)?);
            }
            Ok(Val::List(out))
        })(),
        "merge" => (|| {
            let mut out = BTreeMap::new();
            for a in args {
                match a {
                    Val::Null => {}
                    Val::Map(m) => out.extend(m.clone()),
                    other => return Err(format!("arguments must be maps or objects, not a {}", other.type_name())),
                }
            }
            Ok(Val::Map(out))
        })(),
        "lookup" => (|| {
            let key = string(args, 1)?;
            match (map(args, 0)?.remove(&key), args.get(2)) {
                (Some(v), _) => Ok(v),
                (None, Some(default)) => Ok(default.clone()),
                (None, None) => Err(format!("the map has no key \"{key}\" and no default was given")),
            }
        })(),
        "element" => (|| {
            let items = list(args, 0)?;
            if items.is_empty() {
                return Err("cannot use element on an empty list".into());
            }
            let i = number(args, 1)?;
            if i < 0.0 {
                return Err("the index must not be negative".into());
            }
            Ok(items[i as usize % items.len()].clone())
        })(),
        "keys" => map(args, 0).map(|m| Val::List(m.into_keys().map(Val::String).collect())),
        "values" => map(args, 0).map(|m| Val::List(m.into_values().collect())),
        "contains" => (|| {
            let needle = arg(args, 1)?;
            Ok(Val::Bool(list(args, 0)?.iter().any(|v| equal(v, needle))))
        })(),
        "index" => (|| {
            let value = arg(args, 1)?;
            list(args, 0)?
                .iter()
                .position(|v| equal(v, value))
                .map(|i| Val::Number(i as f64))
                .ok_or("the item is not in the list".into())
        })(),
        "distinct" => list(args, 0).map(|items| Val::List(dedup(items))),
        "flatten" => (|| {
            let mut out = Vec::new();
            flatten_into(list(args, 0)?, &mut out);
            Ok(Val::List(out))
        })(),
        "reverse" => list(args, 0).map(|mut items| {
            items.reverse();
            Val::List(items)
        }),
        "sort" => list(args, 0).and_then(|items| {
            let mut items = strings(&items)?;
            items.sort();
            Ok(Val::List(items.into_iter().map(Val::String).collect()))
        }),
        "range" => range(args),
        "slice" => (|| {
            let items = list(args, 0)?;
            let (start, end) = (number(args, 1)? as usize, number(args, 2)? as usize);
            if start > end || end > items.len() {
                return Err(format!("slice {start}..{end} is out of range for a list of {}", items.len()));
            }
            Ok(Val::List(items[start..end].to_vec()))
        })(),
        "chunklist" => (|| {
            let size = number(args, 1)? as usize;
            let items = list(args, 0)?;
            if size == 0 {
                return Ok(Val::List(vec![Val::List(items)]));
            }
            Ok(Val::List(items.chunks(size).map(|c| Val::List(c.to_vec())).collect()))
        })(),
        "zipmap" => (|| {
            let keys = strings(&list(args, 0)?)?;
            let values = list(args, 1)?;
            if keys.len() != values.len() {
                return Err("the lists of keys and values differ in length".into());
            }
            Ok(Val::Map(keys.into_iter().zip(values).collect()))
        })(),
        "one" => list(args, 0).and_then(|items| match items.len() {
            0 => Ok(Val::Null),
            1 => Ok(items[0].clone()),
            n => Err(format!("must be given a list of zero or one elements, got {n}")),
        }),
        "compact" => list(args, 0).map(|items| {
            Val::List(items.into_iter().filter(|v| !matches!(v, Val::Null) && *v != Val::str("")).collect())
        }),
        "coalesce" => {
            let found = args.iter().find(|v| !matches!(v, Val::Null) && **v != Val::str(""));
            match found {
                Some(Val::Unknown(why)) => Ok(Val::Unknown(*why)),
                Some(v) => Ok(v.clone()),
                None => Err("no non-null, non-empty argument".into()),
            }
        }
        "coalescelist" => args
            .iter()
            .find(|v| matches!(v, Val::List(l) if !l.is_empty()))
            .cloned()
            .ok_or_else(|| "no non-null arguments".to_owned()),
        "alltrue" => list(args, 0).and_then(|items| {
            items.iter().try_fold(true, |acc, v| Ok::<_, String>(acc && v.as_bool()?)).map(Val::Bool)
        }),
        "anytrue" => list(args, 0).and_then(|items| {
            items.iter().try_fold(false, |acc, v| Ok::<_, String>(acc || v.as_bool()?)).map(Val::Bool)
        }),
        "sum" => list(args, 0).and_then(|items| {
            if items.is_empty() {
                return Err("cannot sum an empty list".into());
            }
            items.iter().try_fold(0.0, |acc, v| Ok::<_, String>(acc + v.as_number()?)).map(Val::Number)
        }),
        "setunion" => sets(args).map(|sets| Val::List(sorted_set(sets.into_iter().flatten().collect()))),
        "setintersection" => sets(args).map(|sets| {
            let mut iter = sets.into_iter();
            let first = iter.next().unwrap_or_default();
            let rest: Vec<Vec<Val>> = iter.collect();
            let keep = first.into_iter().filter(|v| rest.iter().all(|s| s.iter().any(|w| equal(v, w)))).collect();
            Val::List(sorted_set(keep))
        }),
        "setsubtract" => (|| {
            let b = list(args, 1)?;
            let keep = list(args, 0)?.into_iter().filter(|v| !b.iter().any(|w| equal(v, w))).collect();
            Ok(Val::List(sorted_set(keep)))
        })(),
        "setproduct" => sets(args).and_then(|sets| {
            let size = sets.iter().try_fold(1usize, |acc, s| acc.checked_mul(s.len()));
            if size.is_none_or(|n| n > 100_000) {
                return Err("the product has more than 100000 elements".into());
            }
            let mut rows = vec![Vec::new()];
            for set in sets {
                rows = rows
                    .into_iter()
                    .flat_map(|row| {
                        set.iter().map(move |v| {
                            let mut row = row.clone();
                            row.push(v.clone());
                            row
                        })
                    })
                    .collect();
            }
            Ok(Val::List(rows.into_iter().map(Val::List).collect()))
        }),
        "transpose" => (|| {
            let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for (key, values) in map(args, 0)? {
                for value in strings(&values.elements()?)? {
                    out.entry(value).or_default().push(key.clone());
                }
            }
            Ok(Val::Map(
                out.into_iter().map(|(k, v)| (k, Val::List(v.into_iter().map(Val::String).collect()))).collect(),
            ))
        })(),
        _ => return None,
    })
}

fn sets(args: &[Val]) -> Result<Vec<Vec<Val>>> {
    (0..args.len()).map(|i| list(args, i)).collect()
}

fn flatten_into(items: Vec<Val>, out: &mut Vec<Val>) {
    for item in items {
        match item {
            Val::List(inner) => flatten_into(inner, out),
            other => out.push(other),
        }
    }
}

fn range(args: &[Val]) -> Result<Val> {
    let (start, limit, step) = match args.len() {
        1 => (0.0, number(args, 0)?, 1.0),
        2 => (number(args, 0)?, number(args, 1)?, 1.0),
        3 => (number(args, 0)?, number(args, 1)?, number(args, 2)?),
        n => return Err(format!("range takes 1 to 3 arguments, got {n}")),
    };
    let step = if args.len() < 3 && limit < start { -1.0 } else { step };
    if step == 0.0 {
        return Err("the step must not be zero".into());
    }
    let mut out = Vec::new();
    let mut n = start;
    while (step > 0.0 && n < limit) || (step < 0.0 && n > limit) {
        if out.len() >= 1024 {
            return Err("more than 1024 elements".into());
        }
        out.push(Val::Number(n));
        n += step;
    }
    Ok(Val::List(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, args: Vec<Val>) -> Val {
        call(name, &args).unwrap().unwrap()
    }
    fn strs(items: &[&str]) -> Val {
        Val::List(items.iter().map(|s| Val::str(*s)).collect())
    }

    #[test]
    fn collections_behave_like_terraform() {
        assert_eq!(run("setunion", vec![strs(&["b", "a"]), strs(&["c", "a"])]), strs(&["a", "b", "c"]));
        assert_eq!(
            run("flatten", vec![Val::List(vec![strs(&["a"]), Val::List(vec![strs(&["b"])])])]),
            strs(&["a", "b"])
        );
        assert_eq!(
            run("range", vec![Val::Number(3.0)]),
            Val::List(vec![Val::Number(0.0), Val::Number(1.0), Val::Number(2.0)])
        );
        assert_eq!(run("element", vec![strs(&["a", "b"]), Val::Number(3.0)]), Val::str("b"));
        assert_eq!(run("coalesce", vec![Val::Null, Val::str(""), Val::str("x")]), Val::str("x"));
        assert_eq!(run("setproduct", vec![strs(&["a", "b"]), strs(&["1"])]).elements().unwrap().len(), 2);
        let t = run(
            "transpose",
            vec![Val::Map(BTreeMap::from([("a".into(), strs(&["1", "2"])), ("b".into(), strs(&["1"]))]))],
        );
        assert_eq!(t, Val::Map(BTreeMap::from([("1".into(), strs(&["a", "b"])), ("2".into(), strs(&["a"]))])));
    }
}
