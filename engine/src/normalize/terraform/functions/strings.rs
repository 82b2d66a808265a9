//! String functions: `format`, `join`, `split`, `replace`, `regex`, `lower`, `trim*`, `substr`, ...

use std::collections::BTreeMap;

use regex::Regex;

use super::{arg, arity, list, number, string, strings};
use crate::normalize::terraform::evaluator::Result;
use crate::normalize::terraform::value::{Val, number_text};

pub fn call(name: &str, args: &[Val]) -> Option<Result<Val>> {
    let s = |i| string(args, i);
    let text = |f: fn(&str) -> String| -> Result<Val> {
        arity(name, args, 1)?;
        Ok(Val::String(f(&string(args, 0)?)))
    };
    let test = |f: fn(&str, &str) -> bool| -> Result<Val> {
        arity(name, args, 2)?;
        Ok(Val::Bool(f(&string(args, 0)?, &string(args, 1)?)))
    };
    Some(match name {
        "format" => s(0).and_then(|f| format(&f, &args[1..]).map(Val::String)),
        "formatlist" => formatlist(args),
        "join" => (|| {
            let sep = s(0)?;
            let mut parts = Vec::new();
            for i in 1..args.len() {
                parts.extend(strings(&list(args, i)?)?);
            }
            Ok(Val::String(parts.join(&sep)))
        })(),
        "split" => (|| {
            let (sep, text) = (s(0)?, s(1)?);
            if text.is_empty() {
                return Ok(Val::List(vec![Val::str("")]));
            }
            Ok(Val::List(text.split(sep.as_str()).map(Val::str).collect()))
        })(),
        "replace" => (|| {
            let (text, find, with) = (s(0)?, s(1)?, s(2)?);
            match find.strip_prefix('/').and_then(|f| f.strip_suffix('/')) {
                Some(pattern) if find.len() > 1 => {
                    Ok(Val::String(compile(pattern)?.replace_all(&text, with.as_str()).into_owned()))
                }
                _ => Ok(Val::String(text.replace(&find, &with))),
            }
        })(),
        "regex" => (|| {
            let re = compile(&s(0)?)?;
            let text = s(1)?;
            let caps = re.captures(&text).ok_or("the pattern did not match")?;
            Ok(captures(&re, &caps))
        })(),
        "regexall" => (|| {
            let re = compile(&s(0)?)?;
            let text = s(1)?;
            Ok(Val::List(re.captures_iter(&text).map(|c| captures(&re, &c)).collect()))
        })(),
        "lower" => text(|s| s.to_lowercase()),
        "upper" => text(|s| s.to_uppercase()),
        "title" => text(title),
        "trimspace" => text(|s| s.trim().to_owned()),
        "chomp" => text(|s| s.trim_end_matches(['\n', '\r']).to_owned()),
        "strrev" => text(|s| s.chars().rev().collect()),
        "trim" => (|| {
            let cut = s(1)?;
            Ok(Val::String(s(0)?.trim_matches(|c| cut.contains(c)).to_owned()))
        })(),
        "trimprefix" => (|| Ok(Val::String(s(0)?.strip_prefix(s(1)?.as_str()).map_or(s(0)?, str::to_owned))))(),
        "trimsuffix" => (|| Ok(Val::String(s(0)?.strip_suffix(s(1)?.as_str()).map_or(s(0)?, str::to_owned))))(),
        "startswith" => test(|a, b| a.starts_with(b)),
        "endswith" => test(|a, b| a.ends_with(b)),
        "strcontains" => test(|a, b| a.contains(b)),
        "substr" => (|| {
            let chars: Vec<char> = s(0)?.chars().collect();
            let (offset, length) = (number(args, 1)? as i64, number(args, 2)? as i64);
            let start = if offset < 0 { (chars.len() as i64 + offset).max(0) } else { offset } as usize;
            let start = start.min(chars.len());
            let end = if length < 0 { chars.len() } else { (start + length as usize).min(chars.len()) };
            Ok(Val::String(chars[start..end].iter().collect()))
        })(),
        "indent" => (|| {
            let pad = " ".repeat(number(args, 0)?.max(0.0) as usize);
            Ok(Val::String(s(1)?.replace('\n', &format!("\n{pad}"))))
        })(),
        _ => return None,
    })
}

fn compile(pattern: &str) -> Result<Regex> {
    Regex::new(pattern).map_err(|e| format!("invalid regular expression: {e}"))
}

/// What `regex` returns for one match: the match, a list of groups, or a map of named groups.
fn captures(re: &Regex, caps: &regex::Captures) -> Val {
    let named: Vec<&str> = re.capture_names().flatten().collect();
    let group = |m: Option<regex::Match>| m.map_or(Val::Null, |m| Val::str(m.as_str()));
    if !named.is_empty() {
        Val::Map(named.iter().map(|n| (n.to_string(), group(caps.name(n)))).collect::<BTreeMap<_, _>>())
    } else if caps.len() > 1 {
        Val::List((1..caps.len()).map(|i| group(caps.get(i))).collect())
    } else {
        group(caps.get(0))
    }
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        out.extend(if start { c.to_uppercase().collect::<Vec<_>>() } else { vec![c] });
        start = !c.is_alphanumeric();
    }
    out
}

fn formatlist(args: &[Val]) -> Result<Val> {
    let spec = string(args, 0)?;
    let rest = &args[1..];
    let len = rest.iter().filter_map(|a| if let Val::List(l) = a { Some(l.len()) } else { None }).max();
    let Some(len) = len else {
        return Ok(Val::List(vec![Val::String(format(&spec, rest)?)]));
    };
    let mut out = Vec::with_capacity(len);
    for i in 0..len {
        let row: Vec<Val> = rest
            .iter()
            .map(|a| match a {
                Val::List(items) => items.get(i).cloned().ok_or("formatlist: lists of different lengths".to_owned()),
                other => Ok(other.clone()),
            })
            .collect::<Result<_>>()?;
        out.push(Val::String(format(&spec, &row)?));
    }
    Ok(Val::List(out))
}

/// Widest field `format` pads to (a guard against huge allocations).
const MAX_WIDTH: usize = 10_000;

/// Terraform's `format`: Go-style verbs (`%s`, `%d`, `%v`, `%q`, `%f`, `%t`, `%x`, `%#v`) with flags,
/// width and precision.
pub fn format(spec: &str, args: &[Val]) -> Result<String> {
    let mut out = String::new();
    let mut chars = spec.chars().peekable();
    let mut next = 0;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut flags = String::new();
        while let Some(&f) = chars.peek().filter(|f| "-+# 0".contains(**f)) {
            flags.push(f);
            chars.next();
        }
        let digits = |chars: &mut std::iter::Peekable<std::str::Chars>| {
            let mut n = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                n.push(d);
                chars.next();
            }
            n.parse::<usize>().ok()
        };
        let width = digits(&mut chars);
        if width.is_some_and(|w| w > MAX_WIDTH) {
            return Err(format!("a width over {MAX_WIDTH} in \"{spec}\""));
        }
        let precision = if chars.peek() == Some(&'.') {
            chars.next();
            Some(digits(&mut chars).unwrap_or(0).min(MAX_WIDTH))
        } else {
            None
        };
        let verb = chars.next().ok_or("format string ends with %")?;
        if verb == '%' {
            out.push('%');
            continue;
        }
        let value = arg(args, next).map_err(|_| format!("not enough arguments for the format \"{spec}\""))?;
        next += 1;
        let body = match verb {
            's' => value.as_string()?,
            'v' if flags.contains('#') => value.to_plain_json().to_string(),
            'v' => match value {
                Val::List(_) | Val::Map(_) => value.to_plain_json().to_string(),
                other => other.as_string()?,
            },
            'q' => serde_json::Value::String(value.as_string()?).to_string(),
            't' => value.as_bool()?.to_string(),
            'd' => number_text(value.as_number()?.trunc()),
            'f' | 'F' => format!("{:.*}", precision.unwrap_or(6), value.as_number()?),
            'e' => format!("{:.*e}", precision.unwrap_or(6), value.as_number()?),
            'g' | 'G' => number_text(value.as_number()?),
            'x' => format!("{:x}", value.as_number()? as i64),
            'X' => format!("{:X}", value.as_number()? as i64),
            'o' => format!("{:o}", value.as_number()? as i64),
            'b' => format!("{:b}", value.as_number()? as i64),
            other => return Err(format!("unsupported format verb %{other}")),
        };
        let body = match (verb, precision) {
            ('s', Some(p)) => body.chars().take(p).collect(),
            _ => body,
        };
        let body = if flags.contains('+') && "dfe".contains(verb) && !body.starts_with('-') {
            format!("+{body}")
        } else {
            body
        };
        out.push_str(&pad(body, width.unwrap_or(0), &flags));
    }
    Ok(out)
}

fn pad(body: String, width: usize, flags: &str) -> String {
    let len = body.chars().count();
    if len >= width {
        return body;
    }
    let fill = width - len;
    if flags.contains('-') {
        format!("{body}{}", " ".repeat(fill))
    } else if flags.contains('0') {
        match body.strip_prefix('-') {
            Some(rest) => format!("-{}{rest}", "0".repeat(fill)),
            None => format!("{}{body}", "0".repeat(fill)),
        }
    } else {
        format!("{}{body}", " ".repeat(fill))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(name: &str, args: Vec<Val>) -> Val {
        call(name, &args).unwrap().unwrap()
    }

    #[test]
    fn format_follows_go_verbs() {
        let args = [Val::str("web"), Val::Number(3.0), Val::Number(2.5)];
        assert_eq!(
            format(
                "%s-%03d %.1f %5s|%-4s|%%",
                &[args[0].clone(), args[1].clone(), args[2].clone(), Val::str("a"), Val::str("b")]
            )
            .unwrap(),
            "web-003 2.5     a|b   |%"
        );
        assert_eq!(format("%q %v", &[Val::str("x"), Val::List(vec![Val::Number(1.0)])]).unwrap(), "\"x\" [1]");
    }

    #[test]
    fn regex_replace_and_split() {
        assert_eq!(run("replace", vec![Val::str("a-b-c"), Val::str("/-(.)/"), Val::str("_$1")]), Val::str("a_b_c"));
        assert_eq!(
            run("regex", vec![Val::str("^(\\w+)-(\\d+)$"), Val::str("web-12")]),
            Val::List(vec![Val::str("web"), Val::str("12")])
        );
        assert_eq!(run("split", vec![Val::str(","), Val::str("a,b")]), Val::List(vec![Val::str("a"), Val::str("b")]));
        assert_eq!(run("substr", vec![Val::str("hello"), Val::Number(1.0), Val::Number(3.0)]), Val::str("ell"));
        assert_eq!(run("title", vec![Val::str("hello world")]), Val::str("Hello World"));
        assert_eq!(run("trim", vec![Val::str("?!hi?!"), Val::str("!?")]), Val::str("hi"));
    }
}
