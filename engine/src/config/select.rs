//! Which rules run on which files, and at what severity: the top-level `rules` settings, then every
//! matching `overrides` entry in order. Severity overrides are applied here and nowhere else.

use globset::{Glob, GlobBuilder, GlobMatcher, GlobSet, GlobSetBuilder};

use super::{Config, RuleSelection};
use crate::evaluate::metadata::RuleMeta;
use crate::severity::Severity;

/// A compiled rule selection.
#[derive(Debug, Default)]
pub struct Selection {
    base: Compiled,
    overrides: Vec<(GlobSet, Compiled)>,
}

#[derive(Debug, Default)]
struct Compiled {
    enable: Vec<Selector>,
    disable: Vec<Selector>,
    severity: Vec<(GlobMatcher, Severity)>,
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
            Selector::Any(glob, text) => {
                glob.is_match(&meta.id) || meta.tags.contains(text) || meta.frameworks.contains_key(text)
            }
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

fn compile(selection: &RuleSelection) -> Result<Compiled, String> {
    Ok(Compiled {
        enable: selection.enable.iter().map(|s| Selector::parse(s)).collect::<Result<_, _>>()?,
        disable: selection.disable.iter().map(|s| Selector::parse(s)).collect::<Result<_, _>>()?,
        severity: selection
            .severity
            .iter()
            .map(|(id, sev)| id_glob(id).map(|g| (g, *sev)))
            .collect::<Result<_, _>>()?,
    })
}

impl Selection {
    /// Compiles the selection of a config whose directory is `base` (see `path_globs`).
    pub fn new(config: &Config, base: &str) -> Result<Selection, String> {
        Ok(Selection {
            base: compile(&config.rules)?,
            overrides: config
                .overrides
                .iter()
                .map(|o| Ok((path_globs(&o.paths, base)?, compile(&o.rules)?)))
                .collect::<Result<_, String>>()?,
        })
    }

    /// Whether a rule runs on a file.
    pub fn enabled(&self, meta: &RuleMeta, file: &str) -> bool {
        let mut on = self.base.enable.is_empty() || self.base.enable.iter().any(|s| s.matches(meta));
        if self.base.disable.iter().any(|s| s.matches(meta)) {
            on = false;
        }
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
            if let Some((_, sev)) = compiled.severity.iter().rev().find(|(g, _)| g.is_match(&meta.id)) {
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
