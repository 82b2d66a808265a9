//! Sprig's list and dict functions: building, reading (`dig`, `pluck`, `hasKey`), and merging as
//! Sprig merges (`merge` keeps the destination's values, `mergeOverwrite` takes the sources').
//! Values are immutable here, so `set`/`unset` return the changed dict; the engine rewrites
//! `$_ := set $d ...` to `$d = set $d ...` so a chart's in-place update still lands.

use std::collections::BTreeMap;
use std::sync::Arc;

use gotmpl::{FuncMap, Value};

use super::convert::{as_list, as_map, is_empty, to_i64, to_text};
use super::funcs_strings::{add, arg, s, text};

type Map = BTreeMap<Arc<str>, Value>;

pub fn register(m: &mut FuncMap) {
    add(m, "list", |a| Ok(Value::List(a.iter().cloned().collect())));
    add(m, "first", |a| Ok(as_list(arg(a, 0)).first().cloned().unwrap_or(Value::Nil)));
    add(m, "last", |a| Ok(as_list(arg(a, 0)).last().cloned().unwrap_or(Value::Nil)));
    add(m, "rest", |a| Ok(Value::List(as_list(arg(a, 0)).into_iter().skip(1).collect())));
    add(m, "initial", |a| {
        let mut items = as_list(arg(a, 0));
        items.pop();
        Ok(Value::List(items.into()))
    });
    for name in ["append", "push", "mustAppend", "mustPush"] {
        add(m, name, |a| Ok(Value::List(as_list(arg(a, 0)).into_iter().chain(a.get(1).cloned()).collect())));
    }
    for name in ["prepend", "mustPrepend"] {
        add(m, name, |a| Ok(Value::List(a.get(1).cloned().into_iter().chain(as_list(arg(a, 0))).collect())));
    }
    add(m, "concat", |a| Ok(Value::List(a.iter().flat_map(as_list).collect())));
    add(m, "reverse", |a| Ok(Value::List(as_list(arg(a, 0)).into_iter().rev().collect())));
    for name in ["uniq", "mustUniq"] {
        add(m, name, |a| {
            let mut out: Vec<Value> = Vec::new();
            for item in as_list(arg(a, 0)) {
                if !out.iter().any(|o| same(o, &item)) {
                    out.push(item);
                }
            }
            Ok(Value::List(out.into()))
        });
    }
    add(m, "without", |a| {
        Ok(Value::List(as_list(arg(a, 0)).into_iter().filter(|v| !a.iter().skip(1).any(|x| same(x, v))).collect()))
    });
    for name in ["has", "mustHas"] {
        add(m, name, |a| Ok(Value::Bool(as_list(arg(a, 1)).iter().any(|v| same(v, arg(a, 0))))));
    }
    for name in ["compact", "mustCompact"] {
        add(m, name, |a| Ok(Value::List(as_list(arg(a, 0)).into_iter().filter(|v| !is_empty(v)).collect())));
    }
    add(m, "until", |a| Ok(Value::List((0..to_i64(arg(a, 0)).max(0)).map(Value::Int).collect())));
    add(m, "untilStep", |a| {
        let (start, stop, step) = (to_i64(arg(a, 0)), to_i64(arg(a, 1)), to_i64(arg(a, 2)));
        let mut out = Vec::new();
        let mut i = start;
        while step != 0 && ((step > 0 && i < stop) || (step < 0 && i > stop)) && out.len() < 100_000 {
            out.push(Value::Int(i));
            i += step;
        }
        Ok(Value::List(out.into()))
    });
    add(m, "dict", |a| {
        let mut map = Map::new();
        for pair in a.chunks(2) {
            map.insert(Arc::from(to_text(&pair[0])), pair.get(1).cloned().unwrap_or(Value::Nil));
        }
        Ok(Value::Map(Arc::new(map)))
    });
    add(m, "get", |a| Ok(as_map(arg(a, 0)).get(text(a, 1).as_str()).cloned().unwrap_or_else(|| s(""))));
    add(m, "set", |a| {
        let mut map = as_map(arg(a, 0));
        map.insert(Arc::from(text(a, 1)), arg(a, 2).clone());
        Ok(Value::Map(Arc::new(map)))
    });
    add(m, "unset", |a| {
        let mut map = as_map(arg(a, 0));
        map.remove(text(a, 1).as_str());
        Ok(Value::Map(Arc::new(map)))
    });
    add(m, "hasKey", |a| Ok(Value::Bool(as_map(arg(a, 0)).contains_key(text(a, 1).as_str()))));
    add(m, "pluck", |a| {
        let key = text(a, 0);
        Ok(Value::List(a.iter().skip(1).filter_map(|d| as_map(d).get(key.as_str()).cloned()).collect()))
    });
    add(m, "dig", |a| {
        // dig "a" "b" default dict
        if a.len() < 3 {
            return Err(super::funcs_strings::fail("dig needs at least three arguments"));
        }
        let (keys, rest) = a.split_at(a.len() - 2);
        let mut at = rest[1].clone();
        for key in keys {
            match as_map(&at).get(to_text(key).as_str()) {
                Some(v) => at = v.clone(),
                None => return Ok(rest[0].clone()),
            }
        }
        Ok(at)
    });
    add(m, "keys", |a| Ok(Value::List(a.iter().flat_map(|d| as_map(d).into_keys().map(Value::String)).collect())));
    add(m, "values", |a| Ok(Value::List(as_map(arg(a, 0)).into_values().collect())));
    add(m, "pick", |a| {
        let map = as_map(arg(a, 0));
        let keep: Vec<String> = a.iter().skip(1).map(to_text).collect();
        Ok(Value::Map(Arc::new(map.into_iter().filter(|(k, _)| keep.iter().any(|x| x == &**k)).collect())))
    });
    add(m, "omit", |a| {
        let map = as_map(arg(a, 0));
        let drop: Vec<String> = a.iter().skip(1).map(to_text).collect();
        Ok(Value::Map(Arc::new(map.into_iter().filter(|(k, _)| !drop.iter().any(|x| x == &**k)).collect())))
    });
    for (name, overwrite) in
        [("merge", false), ("mustMerge", false), ("mergeOverwrite", true), ("mustMergeOverwrite", true)]
    {
        add(m, name, move |a| {
            let mut dst = as_map(arg(a, 0));
            for src in a.iter().skip(1) {
                merge_into(&mut dst, &as_map(src), overwrite);
            }
            Ok(Value::Map(Arc::new(dst)))
        });
    }
    for name in ["deepCopy", "mustDeepCopy"] {
        add(m, name, |a| Ok(arg(a, 0).clone()));
    }
    add(m, "deepEqual", |a| Ok(Value::Bool(same(arg(a, 0), arg(a, 1)))));
}

/// Merges `src` into `dst` deeply (maps inside maps); `overwrite` lets the source's values win.
/// Like mergo, an empty destination value is filled even without `overwrite`.
pub fn merge_into(dst: &mut Map, src: &Map, overwrite: bool) {
    for (key, value) in src {
        match (dst.get(key).cloned(), value) {
            (Some(Value::Map(d)), Value::Map(s)) => {
                let mut inner = (*d).clone();
                merge_into(&mut inner, s, overwrite);
                dst.insert(key.clone(), Value::Map(Arc::new(inner)));
            }
            (Some(existing), _) if !overwrite && !is_empty(&existing) => {}
            (Some(_), v) if overwrite && is_empty(v) => {}
            _ => {
                dst.insert(key.clone(), value.clone());
            }
        }
    }
}

/// Deep equality as Go's `reflect.DeepEqual` on template data (numbers by value).
pub fn same(a: &Value, b: &Value) -> bool {
    super::convert::to_json(a) == super::convert::to_json(b)
}
