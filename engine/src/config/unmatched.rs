//! Selectors that select nothing are errors: a framework name, rule id, tag or severity in `enable`,
//! `disable`, `severity` or `--framework` that matches no loaded rule would otherwise run fewer rules
//! (or none) and pass the gate without a word.

use super::select::Selection;
use super::suggest::{closest, did_you_mean, framework_names, known_names};
use crate::evaluate::metadata::RuleMeta;
use crate::report::model::ReportError;

/// One error per `--framework` name and per config entry that selects no rule of `rules` (every rule
/// loaded, before `--framework` narrowed them).
pub fn errors(
    selection: &Selection,
    frameworks: &[String],
    rules: &[&RuleMeta],
    config_file: &str,
) -> Vec<ReportError> {
    let mut errors = Vec::new();
    let names = known_names(rules);
    for entry in selection.unmatched(rules) {
        errors.push(ReportError {
            kind: "config".into(),
            file: config_file.to_owned(),
            line: entry.line,
            column: entry.column,
            message: format!(
                "{}: `{}` matches no rule id, tag, framework or severity of the {} loaded rules{}",
                entry.at,
                entry.text,
                rules.len(),
                did_you_mean(&closest(&entry.text, &names)),
            ),
            rule_id: None,
        });
    }
    for framework in frameworks.iter().filter(|f| !rules.iter().any(|m| m.maps_to(f))) {
        errors.push(ReportError {
            kind: "config".into(),
            file: "--framework".into(),
            line: 1,
            column: 1,
            message: unknown_framework(framework, rules),
            rule_id: None,
        });
    }
    errors
}

/// Why a framework name no loaded rule maps to is refused, with the names closest to it (or, when
/// none is close, every framework the rules map to).
pub fn unknown_framework(framework: &str, rules: &[&RuleMeta]) -> String {
    let mut hint = did_you_mean(&closest(framework, &framework_names(rules)));
    if hint.is_empty() {
        let keys: std::collections::BTreeSet<&str> =
            rules.iter().flat_map(|m| m.frameworks.keys()).map(String::as_str).collect();
        let keys: Vec<&str> = keys.into_iter().collect();
        hint = format!("; the loaded rules map to: {}", keys.join(", "));
    }
    format!("`{framework}` is a framework no loaded rule maps to{hint}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::load::parse;
    use crate::evaluate::metadata;

    fn rule(id: &str, framework: &str) -> RuleMeta {
        let mut meta = metadata::parse("", "x").expect("meta");
        meta.id = id.into();
        meta.tags = vec!["s3".into()];
        meta.frameworks.insert(framework.into(), vec!["1.1".into()]);
        meta
    }

    #[test]
    fn every_selector_that_selects_nothing_is_an_error_at_its_line() {
        let text = "rules:\n  enable: [pci-dss-v5, AWS001]\n  disable: ['tag:nope']\n  severity: {AWS9999: low}\noverrides:\n  - paths: [x/**]\n    rules: {enable: [soc2]}\n";
        let config = parse("c.yaml", text).expect("config");
        let selection = Selection::new(&config, "").expect("selection");
        let (a, b) = (rule("AWS001", "pci-dss-v4"), rule("AWS002", "cis-aws-v3.0"));
        let errors = errors(&selection, &["cis-aws".into(), "hipa".into()], &[&a, &b], ".tollgate.yaml");
        let found: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.message.as_str())).collect();
        assert_eq!(errors.len(), 5, "{found:#?}");
        assert!(found[0].1.starts_with("rules.enable: `pci-dss-v5` matches no rule") && found[0].0 == 2);
        assert!(found[0].1.ends_with("did you mean `pci-dss-v4`?"), "{}", found[0].1);
        assert!(found[1].1.starts_with("rules.disable: `tag:nope`") && found[1].0 == 3);
        assert!(found[2].1.starts_with("rules.severity: `AWS9999`") && found[2].0 == 4);
        assert!(found[3].1.starts_with("overrides[0].rules.enable: `soc2`") && found[3].0 == 7);
        assert_eq!(errors[4].file, "--framework");
        assert!(
            found[4].1.contains("`hipa`") && found[4].1.contains("map to: cis-aws-v3.0, pci-dss-v4"),
            "{}",
            found[4].1
        );
    }
}
