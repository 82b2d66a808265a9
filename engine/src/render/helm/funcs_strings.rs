//! Sprig's string functions as charts use them: trimming, case, quoting, indentation, splitting and
//! joining, regular expressions. Argument order is Sprig's (the string last, so it pipes).

use std::sync::Arc;

use gotmpl::{FuncMap, TemplateError, Value};

use super::convert::{as_list, map_value, to_i64, to_text};

pub type Out = Result<Value, TemplateError>;

/// Registers a function.
pub fn add(map: &mut FuncMap, name: &str, f: impl Fn(&[Value]) -> Out + Send + Sync + 'static) {
    map.insert(name.to_owned(), Arc::new(f));
}

/// The argument at `i` as text (`""` when missing or nil).
pub fn text(args: &[Value], i: usize) -> String {
    args.get(i).map(to_text).unwrap_or_default()
}

/// The last argument as text (the piped string).
pub fn last(args: &[Value]) -> String {
    args.last().map(to_text).unwrap_or_default()
}

static NIL: Value = Value::Nil;

/// The argument at `i` (nil when missing).
pub fn arg(args: &[Value], i: usize) -> &Value {
    args.get(i).unwrap_or(&NIL)
}

pub fn s(text: impl Into<String>) -> Value {
    Value::String(Arc::from(text.into()))
}

pub fn fail(message: impl Into<String>) -> TemplateError {
    TemplateError::Exec(message.into())
}

fn regex(pattern: &str) -> Result<regex::Regex, TemplateError> {
    regex::Regex::new(pattern).map_err(|e| fail(format!("regex {pattern:?}: {e}")))
}

/// Go's `strconv.Quote`-style double quoting (JSON escaping is its subset for printable text).
fn go_quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

pub fn register(m: &mut FuncMap) {
    add(m, "trim", |a| Ok(s(last(a).trim())));
    add(m, "trimAll", |a| Ok(s(text(a, 1).trim_matches(|c| text(a, 0).contains(c)))));
    add(m, "trimSuffix", |a| Ok(s(text(a, 1).strip_suffix(text(a, 0).as_str()).map_or(text(a, 1), str::to_owned))));
    add(m, "trimPrefix", |a| Ok(s(text(a, 1).strip_prefix(text(a, 0).as_str()).map_or(text(a, 1), str::to_owned))));
    add(m, "upper", |a| Ok(s(last(a).to_uppercase())));
    add(m, "lower", |a| Ok(s(last(a).to_lowercase())));
    add(m, "title", |a| Ok(s(title(&last(a)))));
    add(m, "untitle", |a| {
        let t = last(a);
        let mut c = t.chars();
        Ok(s(c.next().map(|f| f.to_lowercase().collect::<String>() + c.as_str()).unwrap_or_default()))
    });
    add(m, "repeat", |a| Ok(s(text(a, 1).repeat(to_i64(arg(a, 0)).max(0) as usize))));
    add(m, "substr", |a| {
        let t = text(a, 2);
        let (start, end) = (to_i64(arg(a, 0)), to_i64(arg(a, 1)));
        let len = t.len() as i64;
        let start = if start < 0 { 0 } else { start.min(len) };
        let end = if end < 0 || end > len { len } else { end.max(start) };
        Ok(s(t.get(start as usize..end as usize).unwrap_or_default()))
    });
    add(m, "nospace", |a| Ok(s(last(a).chars().filter(|c| !c.is_whitespace()).collect::<String>())));
    add(m, "trunc", |a| {
        let t = text(a, 1);
        let n = to_i64(arg(a, 0));
        let len = t.len() as i64;
        Ok(s(if n >= 0 {
            t.get(..n.min(len) as usize).unwrap_or(&t).to_owned()
        } else {
            t.get((len + n).max(0) as usize..).unwrap_or(&t).to_owned()
        }))
    });
    add(m, "abbrev", |a| {
        let (n, t) = (to_i64(arg(a, 0)).max(0) as usize, text(a, 1));
        Ok(s(if t.len() <= n || n < 4 { t } else { format!("{}...", t.get(..n - 3).unwrap_or(&t)) }))
    });
    add(m, "contains", |a| Ok(Value::Bool(text(a, 1).contains(&text(a, 0)))));
    add(m, "hasPrefix", |a| Ok(Value::Bool(text(a, 1).starts_with(&text(a, 0)))));
    add(m, "hasSuffix", |a| Ok(Value::Bool(text(a, 1).ends_with(&text(a, 0)))));
    add(m, "quote", |a| {
        Ok(s(a
            .iter()
            .filter(|v| !matches!(v, Value::Nil))
            .map(|v| go_quote(&to_text(v)))
            .collect::<Vec<_>>()
            .join(" ")))
    });
    add(m, "squote", |a| {
        Ok(s(a
            .iter()
            .filter(|v| !matches!(v, Value::Nil))
            .map(|v| format!("'{}'", to_text(v)))
            .collect::<Vec<_>>()
            .join(" ")))
    });
    add(m, "cat", |a| Ok(s(a.iter().filter(|v| !matches!(v, Value::Nil)).map(to_text).collect::<Vec<_>>().join(" "))));
    add(m, "indent", |a| Ok(s(indent(to_i64(arg(a, 0)), &text(a, 1)))));
    add(m, "nindent", |a| Ok(s(format!("\n{}", indent(to_i64(arg(a, 0)), &text(a, 1))))));
    add(m, "replace", |a| Ok(s(text(a, 2).replace(&text(a, 0), &text(a, 1)))));
    add(m, "plural", |a| Ok(s(if to_i64(arg(a, 2)) == 1 { text(a, 0) } else { text(a, 1) })));
    add(m, "snakecase", |a| Ok(s(words(&last(a)).join("_"))));
    add(m, "kebabcase", |a| Ok(s(words(&last(a)).join("-"))));
    add(m, "camelcase", |a| Ok(s(last(a).split(['_', '-', ' ']).map(title).collect::<String>())));
    add(m, "toString", |a| Ok(s(last(a))));
    add(m, "toStrings", |a| Ok(Value::List(as_list(arg(a, 0)).iter().map(|v| s(to_text(v))).collect())));
    add(m, "split", |a| {
        let parts = text(a, 1).split(text(a, 0).as_str()).map(str::to_owned).collect::<Vec<_>>();
        let keys: Vec<String> = (0..parts.len()).map(|i| format!("_{i}")).collect();
        Ok(map_value(keys.iter().map(String::as_str).zip(parts.into_iter().map(s))))
    });
    add(m, "splitList", |a| Ok(Value::List(text(a, 1).split(text(a, 0).as_str()).map(s).collect())));
    add(m, "splitn", |a| {
        let n = to_i64(arg(a, 1)).max(0) as usize;
        let parts = text(a, 2).splitn(n, text(a, 0).as_str()).map(str::to_owned).collect::<Vec<_>>();
        let keys: Vec<String> = (0..parts.len()).map(|i| format!("_{i}")).collect();
        Ok(map_value(keys.iter().map(String::as_str).zip(parts.into_iter().map(s))))
    });
    add(m, "join", |a| {
        let items = match a.get(1) {
            Some(Value::List(items)) => items.iter().filter(|v| !matches!(v, Value::Nil)).map(to_text).collect(),
            Some(other) => vec![to_text(other)],
            None => Vec::new(),
        };
        Ok(s(items.join(&text(a, 0))))
    });
    add(m, "sortAlpha", |a| {
        let mut items: Vec<String> = as_list(arg(a, 0)).iter().map(to_text).collect();
        items.sort();
        Ok(Value::List(items.into_iter().map(s).collect()))
    });
    add(m, "regexMatch", |a| Ok(Value::Bool(regex(&text(a, 0))?.is_match(&text(a, 1)))));
    add(m, "mustRegexMatch", |a| Ok(Value::Bool(regex(&text(a, 0))?.is_match(&text(a, 1)))));
    add(m, "regexFind", |a| {
        Ok(s(regex(&text(a, 0))?.find(&text(a, 1)).map(|m| m.as_str().to_owned()).unwrap_or_default()))
    });
    add(m, "regexFindAll", |a| {
        let (re, t, n) = (regex(&text(a, 0))?, text(a, 1), to_i64(arg(a, 2)));
        let found = re.find_iter(&t).map(|m| s(m.as_str()));
        Ok(Value::List(if n < 0 { found.collect() } else { found.take(n as usize).collect() }))
    });
    add(m, "regexReplaceAll", |a| {
        Ok(s(regex(&text(a, 0))?.replace_all(&text(a, 1), text(a, 2).as_str()).into_owned()))
    });
    add(m, "regexReplaceAllLiteral", |a| {
        Ok(s(regex(&text(a, 0))?.replace_all(&text(a, 1), regex::NoExpand(&text(a, 2))).into_owned()))
    });
    add(m, "base", |a| Ok(s(path_base(&last(a)))));
    add(m, "dir", |a| {
        let p = last(a);
        Ok(s(match p.trim_end_matches('/').rsplit_once('/') {
            Some(("", _)) => "/".to_owned(),
            Some((dir, _)) => dir.to_owned(),
            None => ".".to_owned(),
        }))
    });
    add(m, "ext", |a| {
        let base = path_base(&last(a));
        Ok(s(base.rfind('.').map(|i| base[i..].to_owned()).unwrap_or_default()))
    });
    add(m, "isAbs", |a| Ok(Value::Bool(last(a).starts_with('/'))));
    add(m, "regexSplit", |a| {
        let (re, t, n) = (regex(&text(a, 0))?, text(a, 1), to_i64(arg(a, 2)));
        let parts = re.split(&t).map(s);
        Ok(Value::List(if n < 0 { parts.collect() } else { parts.take(n as usize).collect() }))
    });
}

/// Go's `path.Base`: the last element (`.` for an empty path, `/` for the root).
fn path_base(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return "/".into();
    }
    trimmed.rsplit('/').next().unwrap_or(trimmed).to_owned()
}

/// Sprig's `must*` forms (they fail where the plain form returns a default; here both fail alike).
pub fn aliases(m: &mut FuncMap) {
    for name in [
        "regexFind",
        "regexFindAll",
        "regexReplaceAll",
        "regexReplaceAllLiteral",
        "regexSplit",
        "toPrettyJson",
        "first",
        "last",
        "rest",
        "initial",
        "reverse",
        "without",
        "fromJson",
        "fromYaml",
        "dig",
        "keys",
        "pick",
        "omit",
    ] {
        if let Some(f) = m.get(name).cloned() {
            let must = format!("must{}{}", name[..1].to_uppercase(), &name[1..]);
            m.entry(must).or_insert(f);
        }
    }
}

fn indent(spaces: i64, text: &str) -> String {
    let pad = " ".repeat(spaces.max(0) as usize);
    format!("{pad}{}", text.replace('\n', &format!("\n{pad}")))
}

fn title(word: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c.is_whitespace() || c == '-' || c == '_';
    }
    out
}

/// The words of an identifier, lower-cased (`fooBar-baz` -> `foo`, `bar`, `baz`).
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c == '_' || c == '-' || c.is_whitespace() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        } else if c.is_uppercase() && !current.is_empty() {
            words.push(std::mem::take(&mut current));
            current.extend(c.to_lowercase());
        } else {
            current.extend(c.to_lowercase());
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}
