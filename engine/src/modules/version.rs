//! Module version constraints as Terraform resolves them (hashicorp/go-version): comma-separated
//! `=`, `!=`, `>`, `>=`, `<`, `<=` and `~>` (only the right-most given part may grow: `~> 1.2` is
//! `>= 1.2, < 2.0`, `~> 1.2.3` is `>= 1.2.3, < 1.3.0`); the newest version meeting all of them wins,
//! and pre-releases are chosen only when a constraint names that exact version.

use semver::Version;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    Equal,
    NotEqual,
    Greater,
    GreaterEqual,
    Less,
    LessEqual,
    Pessimistic,
}

/// One constraint: an operator and a version given with 1 to 3 parts.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Constraint {
    operator: Operator,
    version: Version,
    /// How many parts were written (`~> 1.2` has 2).
    parts: usize,
}

/// A parsed constraint string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constraints(Vec<Constraint>);

/// A version as written, with missing parts as zeros (`1.2` is 1.2.0); `v` prefixes accepted.
pub fn parse_version(text: &str) -> Option<(Version, usize)> {
    let text = text.trim().trim_start_matches('v');
    let (core, rest) = match text.find(['-', '+']) {
        Some(i) => (&text[..i], &text[i..]),
        None => (text, ""),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty()
        || parts.len() > 3
        || parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let mut full: Vec<&str> = parts.clone();
    full.resize(3, "0");
    Version::parse(&format!("{}{rest}", full.join("."))).ok().map(|v| (v, parts.len()))
}

impl Constraints {
    /// Parses `>= 1.2, < 2.0.0`; an empty string allows any released version.
    pub fn parse(text: &str) -> Result<Constraints, String> {
        let mut found = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (operator, rest) = [
                ("~>", Operator::Pessimistic),
                (">=", Operator::GreaterEqual),
                ("<=", Operator::LessEqual),
                ("!=", Operator::NotEqual),
                (">", Operator::Greater),
                ("<", Operator::Less),
                ("=", Operator::Equal),
            ]
            .iter()
            .find_map(|(symbol, op)| part.strip_prefix(symbol).map(|rest| (*op, rest)))
            .unwrap_or((Operator::Equal, part));
            let (version, parts) =
                parse_version(rest).ok_or_else(|| format!("`{part}` is not a version constraint"))?;
            found.push(Constraint { operator, version, parts });
        }
        Ok(Constraints(found))
    }

    fn exact(&self, version: &Version) -> bool {
        self.0.iter().any(|c| c.operator == Operator::Equal && &c.version == version)
    }

    /// Whether a version meets every constraint.
    pub fn allows(&self, version: &Version) -> bool {
        if !version.pre.is_empty() && !self.exact(version) {
            return false;
        }
        self.0.iter().all(|c| c.allows(version))
    }

    /// The newest of `versions` (as the registry lists them) that the constraints allow.
    pub fn newest<'a>(&self, versions: impl IntoIterator<Item = &'a str>) -> Option<String> {
        versions
            .into_iter()
            .filter_map(|text| parse_version(text).map(|(v, _)| (v, text)))
            .filter(|(v, _)| self.allows(v))
            .max_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, text)| text.to_owned())
    }
}

impl Constraint {
    fn allows(&self, v: &Version) -> bool {
        let c = &self.version;
        let plain = |v: &Version| (v.major, v.minor, v.patch, v.pre.clone());
        match self.operator {
            Operator::Equal => plain(v) == plain(c),
            Operator::NotEqual => plain(v) != plain(c),
            Operator::Greater => v > c,
            Operator::GreaterEqual => v >= c,
            Operator::Less => v < c,
            Operator::LessEqual => v <= c,
            Operator::Pessimistic => {
                let segments = |x: &Version| [x.major, x.minor, x.patch];
                let (vs, cs) = (segments(v), segments(c));
                v >= c && (0..self.parts.saturating_sub(1)).all(|i| vs[i] == cs[i])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTED: [&str; 8] = ["1.0.0", "1.2.0", "1.2.7", "1.3.0", "2.0.0-beta1", "1.10.1", "2.0.0", "2.1.0"];

    fn newest(constraint: &str) -> Option<String> {
        Constraints::parse(constraint).unwrap().newest(LISTED)
    }

    #[test]
    fn constraints_resolve_as_terraform_resolves_them() {
        assert_eq!(newest("").as_deref(), Some("2.1.0"));
        assert_eq!(newest("~> 1.2").as_deref(), Some("1.10.1"));
        assert_eq!(newest("~> 1.2.0").as_deref(), Some("1.2.7"));
        assert_eq!(newest(">= 1.2, < 2.0.0").as_deref(), Some("1.10.1"));
        assert_eq!(newest("1.2.0").as_deref(), Some("1.2.0"));
        assert_eq!(newest("= 1.3").as_deref(), Some("1.3.0"));
        assert_eq!(newest("> 1.0.0, != 1.10.1, < 2.0.0").as_deref(), Some("1.3.0"));
        assert_eq!(newest("<= 1.2.7").as_deref(), Some("1.2.7"));
        assert_eq!(newest("~> 3.0"), None);
        // Pre-releases only when named exactly.
        assert_eq!(newest(">= 2.0.0-beta1, < 2.0.0"), None);
        assert_eq!(newest("2.0.0-beta1").as_deref(), Some("2.0.0-beta1"));
        assert!(Constraints::parse("~> banana").is_err());
    }
}
