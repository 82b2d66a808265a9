//! Semantic versions as Sprig reads them (Masterminds/semver): a leading `v`, partial versions
//! (`1.21` is `1.21.0`), constraints joined by `,` or spaces (all must hold) and `||` (any), the
//! operators `=`, `!=`, `>`, `>=`, `<`, `<=`, `~` and `^`; a `-0` suffix lets pre-releases in.

use gotmpl::Value;

use super::convert::map_value;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    core: [u64; 3],
    /// Empty sorts after any pre-release, as semver orders them.
    pre: Pre,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Pre {
    Some(Vec<PreId>),
    None,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum PreId {
    Number(u64),
    Text(String),
}

/// A version and how many of its parts were written (`1.21` has two).
fn parse(text: &str) -> Result<(Version, usize), String> {
    let text = text.trim().trim_start_matches(['v', 'V']);
    let text = text.split('+').next().unwrap_or_default();
    let (core, pre) = text.split_once('-').map_or((text, None), |(c, p)| (c, Some(p)));
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return Err(format!("invalid semantic version {text:?}"));
    }
    let mut numbers = [0u64; 3];
    let mut written = 0;
    for (i, part) in parts.iter().enumerate() {
        if matches!(*part, "x" | "X" | "*") {
            break;
        }
        numbers[i] = part.parse().map_err(|_| format!("invalid semantic version {text:?}"))?;
        written = i + 1;
    }
    let pre = match pre {
        Some(p) => Pre::Some(
            p.split('.').map(|id| id.parse().map_or_else(|_| PreId::Text(id.to_owned()), PreId::Number)).collect(),
        ),
        None => Pre::None,
    };
    Ok((Version { core: numbers, pre }, written))
}

/// Whether `version` satisfies `constraint`.
pub fn compare(constraint: &str, version: &str) -> Result<bool, String> {
    let (version, _) = parse(version)?;
    for alternative in constraint.split("||") {
        let mut all = true;
        let mut any_term = false;
        for term in terms(alternative) {
            any_term = true;
            if !satisfies(&term, &version)? {
                all = false;
            }
        }
        if all && any_term {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The terms of one alternative: `>= 1.2, < 2` and `>=1.2 <2` give `>=1.2` and `<2`.
fn terms(alternative: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in alternative.split([',', ' ']).filter(|w| !w.is_empty()) {
        match out.last_mut() {
            Some(last) if last.chars().all(|c| "<>=!~^".contains(c)) => last.push_str(word),
            _ => out.push(word.to_owned()),
        }
    }
    out
}

fn satisfies(term: &str, version: &Version) -> Result<bool, String> {
    let op_len = term.find(|c: char| !"<>=!~^".contains(c)).unwrap_or(term.len());
    let (op, rest) = term.split_at(op_len);
    let (bound, written) = parse(rest)?;
    // A pre-release version only satisfies a constraint that names a pre-release.
    if matches!(version.pre, Pre::Some(_)) && matches!(bound.pre, Pre::None) {
        return Ok(false);
    }
    let next = |v: &Version, at: usize| {
        let mut core = v.core;
        core[at] += 1;
        for part in core.iter_mut().skip(at + 1) {
            *part = 0;
        }
        Version { core, pre: Pre::Some(vec![PreId::Number(0)]) }
    };
    Ok(match op {
        "" | "=" if written < 3 => *version >= bound && *version < next(&bound, written.max(1) - 1),
        "" | "=" => *version == bound,
        "!=" => *version != bound,
        ">" if written < 3 => *version >= next(&bound, written.max(1) - 1),
        ">" => *version > bound,
        ">=" => *version >= bound,
        "<" => *version < bound,
        "<=" if written < 3 => *version < next(&bound, written.max(1) - 1),
        "<=" => *version <= bound,
        "~" => *version >= bound && *version < next(&bound, if written >= 2 { 1 } else { 0 }),
        "^" => {
            let at = bound.core.iter().position(|p| *p != 0).unwrap_or(written.max(1) - 1).min(2);
            *version >= bound && *version < next(&bound, at)
        }
        other => return Err(format!("improper constraint operator {other:?}")),
    })
}

/// Sprig's `semver`: the version as an object with `Major`, `Minor`, `Patch`, `Prerelease`.
pub fn object(text: &str) -> Result<Value, String> {
    let (version, _) = parse(text)?;
    let pre = match &version.pre {
        Pre::Some(ids) => ids
            .iter()
            .map(|id| match id {
                PreId::Number(n) => n.to_string(),
                PreId::Text(t) => t.clone(),
            })
            .collect::<Vec<_>>()
            .join("."),
        Pre::None => String::new(),
    };
    Ok(map_value([
        ("Major", Value::Int(version.core[0] as i64)),
        ("Minor", Value::Int(version.core[1] as i64)),
        ("Patch", Value::Int(version.core[2] as i64)),
        ("Prerelease", Value::String(pre.into())),
        ("Original", Value::String(text.into())),
    ]))
}

#[cfg(test)]
mod tests {
    use super::compare;

    #[test]
    fn constraints_as_charts_write_them() {
        assert!(compare(">=1.19-0", "v1.35.0").unwrap());
        assert!(compare(">= 1.21.0-0, < 1.40", "v1.35.0").unwrap());
        assert!(!compare("<1.25.0-0", "v1.35.0").unwrap());
        assert!(compare("^1.2", "1.9.0").unwrap());
        assert!(!compare("~1.2", "1.3.0").unwrap());
        assert!(compare("<1.20 || >=1.30", "1.35.0").unwrap());
        assert!(!compare(">=1.19", "1.35.0-rc.1").unwrap());
        assert!(compare(">=1.19-0", "1.35.0-rc.1").unwrap());
    }
}
