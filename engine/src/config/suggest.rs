//! Names a selector could have meant: the known rule ids, tags, frameworks and severities closest to a
//! name that selects nothing, for the error that reports it.

use std::collections::BTreeSet;

use crate::evaluate::metadata::RuleMeta;

/// Every name a selector can use: rule ids, tags, framework keys (with and without their version, as
/// `--framework cis-aws` takes them) and severities.
pub fn known_names(rules: &[&RuleMeta]) -> BTreeSet<String> {
    let mut names = framework_names(rules);
    for meta in rules {
        names.insert(meta.id.clone());
        names.extend(meta.tags.iter().cloned());
    }
    names.extend(["critical", "high", "medium", "low", "info"].map(String::from));
    names
}

/// The framework names `--framework` accepts: each key, and each shorter form it answers to.
pub fn framework_names(rules: &[&RuleMeta]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for key in rules.iter().flat_map(|m| m.frameworks.keys()) {
        names.insert(key.clone());
        names.extend(unversioned(key));
    }
    names
}

/// `cis-aws-v3.0` is also asked for as `cis-aws` and `cis`: each prefix ending before a `-`.
fn unversioned(key: &str) -> impl Iterator<Item = String> + '_ {
    key.match_indices('-').map(move |(i, _)| key[..i].to_owned())
}

/// Up to three of `names` closest to `wanted`, closest first (none when nothing is close).
pub fn closest<'a>(wanted: &str, names: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let wanted = wanted.trim_start_matches("id:").trim_start_matches("tag:").trim_start_matches("framework:");
    let lower = wanted.to_ascii_lowercase();
    let mut scored: Vec<(f64, &String)> = names
        .into_iter()
        .map(|name| {
            let other = name.to_ascii_lowercase();
            let mut score = strsim::jaro_winkler(&lower, &other);
            if other.starts_with(&lower) || lower.starts_with(&other) {
                score = score.max(0.9);
            }
            (score, name)
        })
        .filter(|(score, _)| *score >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| b.1.len().cmp(&a.1.len())).then_with(|| a.1.cmp(b.1)));
    // A shorter form of a name already offered (`pci-dss` beside `pci-dss-v4`) says nothing more.
    let mut offered: Vec<String> = Vec::new();
    for (_, name) in scored {
        if !offered.iter().any(|o| o.starts_with(name.as_str())) {
            offered.push(name.clone());
        }
    }
    offered.truncate(3);
    offered
}

/// "; did you mean `a`, `b`?" or nothing.
pub fn did_you_mean(candidates: &[String]) -> String {
    if candidates.is_empty() {
        return String::new();
    }
    let names: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
    format!("; did you mean {}?", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_names_are_offered_and_far_ones_are_not() {
        let names: BTreeSet<String> =
            ["pci-dss-v4", "pci-dss", "AWS001", "AWS099", "soc2", "cis-aws"].map(String::from).into();
        assert_eq!(closest("pci-dss-v5", &names), ["pci-dss-v4"]);
        assert_eq!(closest("AWS9999", &names).first().map(String::as_str), Some("AWS099"));
        assert!(closest("kubernetes-hardening", &names).is_empty());
        assert_eq!(did_you_mean(&["a".into()]), "; did you mean `a`?");
        let keys: Vec<String> = unversioned("cis-aws-v3.0").collect();
        assert_eq!(keys, ["cis", "cis-aws"]);
    }
}
