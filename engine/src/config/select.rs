//! Which rules run on which files, and at what severity: the top-level `rules` settings, then every
//! matching `overrides` entry in order. Severity overrides are applied here and nowhere else.

use globset::{Glob, GlobBuilder, GlobMatcher, GlobSet, GlobSetBuilder};

use super::{Config, RuleSelection};
use crate::evaluate::metadata::RuleMeta;
use crate::model::severity::Severity;

/// A compiled rule selection.
#[derive(Debug, Default)]
pub struct Selection {
    base: Compiled,
    overrides: Vec<(GlobSet, Compiled)>,
}

#[derive(Debug, Default)]
struct Compiled {
    /// Where the entries are written (`rules`, `overrides[1].rules`), for errors.
    at: String,
    enable: Vec<Entry>,
    disable: Vec<Entry>,
    severity: Vec<(GlobMatcher, Severity, String, (usize, usize))>,
}

/// An `enable`/`disable` entry as written, and what it selects.
#[derive(Debug)]
struct Entry {
    text: String,
    selector: Selector,
    /// Line and column in the config file.
    position: (usize, usize),
}

impl Entry {
    fn matches(&self, meta: &RuleMeta) -> bool {
        self.selector.matches(meta)
    }
}

/// A selection entry that names no loaded rule: where it is written and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub at: String,
    pub text: String,
    pub line: usize,
    pub column: usize,
}

/// One `enable`/`disable` entry: a rule id glob, a tag, a severity or a framework.
#[derive(Debug)]
enum Selector {
    Id(GlobMatcher),
    Tag(String),
    Severity(Severity),
    Framework(String),
    Any(GlobMatcher, String),
}

impl Selector {
    fn parse(text: &str) -> Result<Selector, String> {
        if let Some(tag) = text.strip_prefix("tag:") {
            return Ok(Selector::Tag(tag.to_owned()));
        }
        if let Some(sev) = text.strip_prefix("severity:") {
            return sev.parse().map(Selector::Severity);
        }
        if let Some(framework) = text.strip_prefix("framework:") {
            return Ok(Selector::Framework(framework.to_owned()));
        }
        if let Some(id) = text.strip_prefix("id:") {
            return id_glob(id).map(Selector::Id);
        }
        if let Ok(sev) = text.parse() {
            return Ok(Selector::Severity(sev));
        }
        id_glob(text).map(|g| Selector::Any(g, text.to_owned()))
    }

    fn matches(&self, meta: &RuleMeta) -> bool {
        match self {
            Selector::Id(glob) => glob.is_match(&meta.id),
            Selector::Tag(tag) => meta.tags.iter().any(|t| t == tag),
            Selector::Severity(sev) => meta.severity == *sev,
            Selector::Framework(name) => meta.maps_to(name),
            Selector::Any(glob, text) => glob.is_match(&meta.id) || meta.tags.contains(text) || meta.maps_to(text),
        }
    }
}

fn id_glob(text: &str) -> Result<GlobMatcher, String> {
    Glob::new(text).map(|g| g.compile_matcher()).map_err(|e| format!("invalid rule selector `{text}`: {e}"))
}

/// A path glob where `*` stays within one directory and `**` crosses them.
pub fn path_glob(text: &str) -> Result<Glob, String> {
    GlobBuilder::new(text).literal_separator(true).build().map_err(|e| format!("invalid path glob `{text}`: {e}"))
}

/// A set of path globs written in a config file whose directory is `base` (as a display path): a glob
/// matches paths relative to `base` as well as paths as scanned; a glob without `/` matches at any depth.
pub fn path_globs(globs: &[String], base: &str) -> Result<GlobSet, String> {
    let mut builder = GlobSetBuilder::new();
    let base = base.trim_end_matches('/');
    for glob in globs {
        let glob = glob.trim_start_matches("./");
        builder.add(path_glob(glob)?);
        if !glob.contains('/') {
            builder.add(path_glob(&format!("**/{glob}"))?);
        }
        if !base.is_empty() && base != "." && !glob.starts_with("**") {
            builder.add(path_glob(&format!("{base}/{glob}"))?);
        }
    }
    builder.build().map_err(|e| e.to_string())
}

fn compile(selection: &RuleSelection, at: String) -> Result<Compiled, String> {
    let position =
        |key: &str, text: &str| selection.positions.get(&(key.to_owned(), text.to_owned())).copied().unwrap_or((1, 1));
    let entries = |key: &str, texts: &[String]| {
        texts
            .iter()
            .map(|text| {
                Selector::parse(text).map(|selector| Entry {
                    text: text.clone(),
                    selector,
                    position: position(key, text),
                })
            })
            .collect::<Result<Vec<_>, _>>()
    };
    Ok(Compiled {
        enable: entries("enable", &selection.enable)?,
        disable: entries("disable", &selection.disable)?,
        severity: selection
            .severity
            .iter()
            .map(|(id, sev)| id_glob(id).map(|g| (g, *sev, id.clone(), position("severity", id))))
            .collect::<Result<_, _>>()?,
        at,
    })
}

impl Compiled {
    fn unmatched(&self, rules: &[&RuleMeta], found: &mut Vec<Unmatched>) {
        let at = &self.at;
        for (key, entries) in [("enable", &self.enable), ("disable", &self.disable)] {
            for entry in entries.iter().filter(|e| !rules.iter().any(|m| e.matches(m))) {
                let (line, column) = entry.position;
                found.push(Unmatched { at: format!("{at}.{key}"), text: entry.text.clone(), line, column });
            }
        }
        for (glob, _, text, (line, column)) in &self.severity {
            if !rules.iter().any(|m| glob.is_match(&m.id)) {
                let (line, column) = (*line, *column);
                found.push(Unmatched { at: format!("{at}.severity"), text: text.clone(), line, column });
            }
        }
    }
}

impl Selection {
    /// Compiles the selection of a config whose directory is `base` (see `path_globs`).
    pub fn new(config: &Config, base: &str) -> Result<Selection, String> {
        Ok(Selection {
            base: compile(&config.rules, "rules".into())?,
            overrides: config
                .overrides
                .iter()
                .enumerate()
                .map(|(i, o)| Ok((path_globs(&o.paths, base)?, compile(&o.rules, format!("overrides[{i}].rules"))?)))
                .collect::<Result<_, String>>()?,
        })
    }

    /// The entries (`enable`, `disable`, `severity`, in `rules` and every override) that select none of
    /// `rules`: a typo there must not switch the gate off unnoticed.
    pub fn unmatched(&self, rules: &[&RuleMeta]) -> Vec<Unmatched> {
        let mut found = Vec::new();
        self.base.unmatched(rules, &mut found);
        for (_, compiled) in &self.overrides {
            compiled.unmatched(rules, &mut found);
        }
        found
    }

    /// Whether a rule runs on at least some files: enabled at the top, or by an override.
    pub fn runs_somewhere(&self, meta: &RuleMeta) -> bool {
        self.base_enabled(meta) || self.overrides.iter().any(|(_, o)| o.enable.iter().any(|s| s.matches(meta)))
    }

    /// Whether the top-level `rules` settings turn a rule on.
    fn base_enabled(&self, meta: &RuleMeta) -> bool {
        (self.base.enable.is_empty() || self.base.enable.iter().any(|s| s.matches(meta)))
            && !self.base.disable.iter().any(|s| s.matches(meta))
    }

    /// Whether a rule runs on a file.
    pub fn enabled(&self, meta: &RuleMeta, file: &str) -> bool {
        let mut on = self.base_enabled(meta);
        for (_, o) in self.overrides.iter().filter(|(paths, _)| paths.is_match(file)) {
            if o.enable.iter().any(|s| s.matches(meta)) {
                on = true;
            }
            if o.disable.iter().any(|s| s.matches(meta)) {
                on = false;
            }
        }
        on
    }

    /// The severity of a rule's findings in a file.
    pub fn severity(&self, meta: &RuleMeta, file: &str) -> Severity {
        let mut severity = meta.severity;
        let overrides = self.overrides.iter().filter(|(paths, _)| paths.is_match(file)).map(|(_, o)| o);
        for compiled in std::iter::once(&self.base).chain(overrides) {
            if let Some((_, sev, _, _)) = compiled.severity.iter().rev().find(|(g, _, _, _)| g.is_match(&meta.id)) {
                severity = *sev;
            }
        }
        severity
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::load::parse;
    use crate::evaluate::metadata;

    #[test]
    fn overrides_enable_disable_and_severity_per_path() {
        let config = parse(
            "c.yaml",
            "rules:\n  disable: [pci-dss-v4, 'K8S*']\n  severity: {AWS001: critical}\noverrides:\n  - paths: ['payments/**']\n    rules: {enable: [pci-dss-v4], severity: {AWS001: low}}\n",
        )
        .unwrap();
        let selection = Selection::new(&config, "repo").unwrap();
        let mut meta = metadata::parse("", "x").unwrap();
        meta.id = "AWS001".into();
        meta.frameworks.insert("pci-dss-v4".into(), vec!["1.2".into()]);
        assert!(!selection.enabled(&meta, "infra/main.tf"));
        assert!(selection.enabled(&meta, "payments/db/main.tf"));
        assert!(selection.enabled(&meta, "repo/payments/db/main.tf"));
        assert_eq!(selection.severity(&meta, "infra/main.tf"), Severity::Critical);
        assert_eq!(selection.severity(&meta, "payments/main.tf"), Severity::Low);
        meta.id = "K8S002".into();
        meta.frameworks.clear();
        assert!(!selection.enabled(&meta, "k8s/pod.yaml"));
    }
}
