//! Conftest's configuration sources for `test`, `verify` and `parse`, in Conftest's order: flags, then
//! `CONFTEST_<FLAG>` environment variables, then `conftest.toml` (the working directory's, or
//! `--config-file`). A key Conftest reads that tollgate does not support yet is refused by name.

use std::path::{Path, PathBuf};

/// The keys `conftest.toml` may hold: the flags of `test`, `verify` and `parse`.
const KEYS: &[&str] = &[
    "policy",
    "namespace",
    "all-namespaces",
    "data",
    "parser",
    "input",
    "output",
    "combine",
    "fail-on-warn",
    "no-fail",
    "no-color",
    "quiet",
    "suppress-exceptions",
    "show-builtin-errors",
    "ignore",
    "rego-version",
    "report",
    "file",
    "junit-hide-message",
    "strict",
];

/// Keys Conftest reads that tollgate refuses until it supports them.
const UNSUPPORTED: &[&str] = &["trace", "capabilities", "update", "proto-file-dirs", "tls"];

/// The values of `conftest.toml` and the environment, looked up by flag name.
#[derive(Debug, Default)]
pub struct Settings {
    table: toml::Table,
}

impl Settings {
    /// Reads `--config-file`, else `conftest.toml` in the working directory when present, and the
    /// `CONFTEST_*` environment variables (which win over the file).
    pub fn load(config_file: Option<&Path>) -> Result<Settings, String> {
        let path = config_file.map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("conftest.toml"));
        let mut table = if path.exists() {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
                let at = tollgate_engine::model::text::LineIndex::new(&text).position(e.span().map_or(0, |s| s.start));
                format!("{}:{}:{}: {}", path.display(), at.line, at.column, e.message())
            })?;
            for key in table.keys() {
                if UNSUPPORTED.contains(&key.as_str()) {
                    return Err(format!("{}: `{key}` is not supported yet", path.display()));
                }
                if !KEYS.contains(&key.as_str()) {
                    return Err(format!("{}: unknown key `{key}` (known: {})", path.display(), KEYS.join(", ")));
                }
            }
            table
        } else if config_file.is_some() {
            return Err(format!("{}: no such file", path.display()));
        } else {
            toml::Table::new()
        };
        for key in KEYS {
            let name = format!("CONFTEST_{}", key.to_uppercase().replace('-', "_"));
            if let Ok(value) = std::env::var(&name) {
                let value = match value.as_str() {
                    "true" => toml::Value::Boolean(true),
                    "false" => toml::Value::Boolean(false),
                    _ => toml::Value::String(value),
                };
                table.insert((*key).to_owned(), value);
            }
        }
        Ok(Settings { table })
    }

    /// A list value (a string or an array of strings).
    pub fn list(&self, key: &str) -> Vec<String> {
        match self.table.get(key) {
            Some(toml::Value::String(s)) => s.split(',').map(str::trim).map(str::to_owned).collect(),
            Some(toml::Value::Array(items)) => items.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
            _ => Vec::new(),
        }
    }

    pub fn text(&self, key: &str) -> Option<String> {
        self.table.get(key).and_then(|v| v.as_str()).map(str::to_owned)
    }

    /// A flag: given on the command line, or true in the settings.
    pub fn flag(&self, given: bool, key: &str) -> bool {
        given || self.table.get(key).and_then(toml::Value::as_bool).unwrap_or(false)
    }

    /// The flag's paths when given, else the settings' (possibly none).
    pub fn paths(&self, given: &[PathBuf], key: &str) -> Vec<PathBuf> {
        if given.is_empty() { self.list(key).into_iter().map(PathBuf::from).collect() } else { given.to_vec() }
    }

    /// The policy paths: the flag's, else the settings', else `policy` (Conftest's default).
    pub fn policies(&self, given: &[PathBuf]) -> Vec<PathBuf> {
        let paths = self.paths(given, "policy");
        if paths.is_empty() { vec![PathBuf::from("policy")] } else { paths }
    }

    /// The flag's values when given, else the settings' (possibly none).
    pub fn strings(&self, given: &[String], key: &str) -> Vec<String> {
        if given.is_empty() { self.list(key) } else { given.to_vec() }
    }

    /// Whether policies are Rego v0 (`--rego-version v0`); v1 is the default.
    pub fn rego_v0(&self, given: Option<&str>) -> Result<bool, String> {
        match given.map(str::to_owned).or_else(|| self.text("rego-version")).as_deref() {
            None | Some("v1") => Ok(false),
            Some("v0") => Ok(true),
            Some(other) => Err(format!("rego-version `{other}` (expected v0 or v1)")),
        }
    }
}

/// Whether a namespace is selected by one of `patterns` (literal names or globs: `main.*`, `*`).
pub fn namespace_selected(namespace: &str, patterns: &[String]) -> bool {
    patterns.iter().any(|pattern| {
        if pattern.contains(['*', '?', '[']) {
            globset::Glob::new(pattern).is_ok_and(|g| g.compile_matcher().is_match(namespace))
        } else {
            pattern == namespace
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespaces_match_literally_or_by_glob() {
        let patterns = vec!["main.*".to_owned()];
        assert!(namespace_selected("main.k8s", &patterns));
        assert!(!namespace_selected("main", &patterns));
        assert!(namespace_selected("anything", &["*".to_owned()]));
        assert!(namespace_selected("main", &["main".to_owned()]));
        assert!(!namespace_selected("mainx", &["main".to_owned()]));
    }
}
