//! Finding, parsing and validating the config file: raw YAML with positions first, then the schema,
//! then the typed `Config`, so every error names the file, the line and the key.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use super::{Config, LoadedConfig};
use crate::load::display_path;
use crate::model::resource::pointer_to_path;
use crate::normalize::yaml_tree::{DuplicateKeyPolicy, YamlDoc, parse_documents_with};

/// File names looked for in the scanned root.
pub const CONFIG_NAMES: [&str; 2] = [".tollgate.yaml", ".tollgate.yml"];

const SCHEMA: &str = include_str!("../../../schemas/config.schema.json");

/// A configuration problem, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// The key path (`waivers[0].expires`), empty for the whole file.
    pub key: String,
    pub message: String,
}

/// The config schema as JSON.
pub fn schema() -> &'static Value {
    static PARSED: OnceLock<Value> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(SCHEMA).unwrap_or(Value::Null))
}

/// The config file in `root` (a directory, or a file's directory), if there is one.
pub fn find(root: &Path) -> Option<PathBuf> {
    let dir = if root.is_dir() { root } else { root.parent()? };
    CONFIG_NAMES.iter().map(|name| dir.join(name)).find(|p| p.is_file())
}

/// Reads and validates a config file.
pub fn load(path: &Path) -> Result<LoadedConfig, Vec<ConfigError>> {
    let file = display_path(path);
    let fail =
        |message: String| vec![ConfigError { file: file.clone(), line: 1, column: 1, key: String::new(), message }];
    let bytes = std::fs::read(path).map_err(|e| fail(format!("cannot read config: {e}")))?;
    let text = crate::model::text::decode(&bytes).map_err(|e| fail(e.to_string()))?;
    let config = parse(&file, &text)?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(LoadedConfig { config, file: Some(file), dir })
}

/// Parses config text (`file` names it in errors).
pub fn parse(file: &str, text: &str) -> Result<Config, Vec<ConfigError>> {
    let docs = parse_documents_with(text, DuplicateKeyPolicy::Error).map_err(|e| {
        vec![ConfigError {
            file: file.to_owned(),
            line: e.position.line,
            column: e.position.column,
            key: String::new(),
            message: e.message,
        }]
    })?;
    let doc = docs.into_iter().next().unwrap_or(YamlDoc {
        value: Value::Object(Default::default()),
        positions: Default::default(),
        key_positions: Default::default(),
        end_lines: Default::default(),
        start: Default::default(),
        end_line: 1,
    });
    let doc = if doc.value.is_null() { YamlDoc { value: Value::Object(Default::default()), ..doc } } else { doc };
    // Errors about a value point at the value; unknown keys point at the key.
    let error_at = |pointer: &str, message: String, on_key: bool| {
        let position = if on_key { doc.position(pointer) } else { doc.positions.get(pointer).copied() };
        let position = position.unwrap_or(doc.start);
        ConfigError {
            file: file.to_owned(),
            line: position.line.max(1),
            column: position.column.max(1),
            key: pointer_to_path(pointer),
            message,
        }
    };
    let at = |pointer: &str, message: String| error_at(pointer, message, false);
    let validator = jsonschema::validator_for(schema())
        .map_err(|e| vec![at("", format!("internal error: invalid config schema: {e}"))])?;
    let errors: Vec<ConfigError> = validator
        .iter_errors(&doc.value)
        .map(|e| {
            let pointer = e.instance_path().to_string();
            let message = match e.kind() {
                jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                    let key = unexpected.first().cloned().unwrap_or_default();
                    let pointer = format!("{pointer}/{key}");
                    return error_at(&pointer, format!("unknown key `{key}`"), true);
                }
                _ => e.to_string(),
            };
            at(&pointer, message)
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut config: Config = serde_json::from_value(doc.value.clone()).map_err(|e| vec![at("", e.to_string())])?;
    let mut selections: Vec<(String, &mut super::RuleSelection)> = vec![("/rules".into(), &mut config.rules)];
    selections
        .extend(config.overrides.iter_mut().enumerate().map(|(i, o)| (format!("/overrides/{i}/rules"), &mut o.rules)));
    for (pointer, selection) in selections {
        let lists = [("enable", selection.enable.clone()), ("disable", selection.disable.clone())];
        for (key, entries) in lists {
            for (i, entry) in entries.into_iter().enumerate() {
                if let Some(p) = doc.positions.get(&format!("{pointer}/{key}/{i}")) {
                    selection.positions.insert((key.into(), entry), (p.line.max(1), p.column.max(1)));
                }
            }
        }
        for id in selection.severity.keys() {
            let escaped = id.replace('~', "~0").replace('/', "~1");
            if let Some(p) = doc.position(&format!("{pointer}/severity/{escaped}")) {
                selection.positions.insert(("severity".into(), id.clone()), (p.line.max(1), p.column.max(1)));
            }
        }
    }
    for (i, waiver) in config.waivers.iter_mut().enumerate() {
        waiver.line = doc.position(&format!("/waivers/{i}")).map_or(1, |p| p.line);
        if let Some(expires) = &waiver.expires
            && chrono::NaiveDate::parse_from_str(expires, "%Y-%m-%d").is_err()
        {
            return Err(vec![at(&format!("/waivers/{i}/expires"), format!("`{expires}` is not a date (YYYY-MM-DD)"))]);
        }
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_line_and_key() {
        let errs = parse(".tollgate.yaml", "fail_on: high\nrules:\n  disable: [AWS001]\n  severty: {}\n").unwrap_err();
        assert_eq!((errs[0].line, errs[0].key.as_str()), (4, "rules.severty"));
        let errs = parse("c.yaml", "fail_on: urgent\n").unwrap_err();
        assert_eq!((errs[0].line, errs[0].key.as_str()), (1, "fail_on"));
        let errs = parse("c.yaml", "waivers:\n  - rule: A\n    reason: r\n    expires: 2026-13-45\n").unwrap_err();
        assert_eq!((errs[0].line, errs[0].key.as_str()), (4, "waivers[0].expires"));
    }

    #[test]
    fn parses_a_full_config() {
        let text = "exclude: [examples/**]\nfail_on: medium\npolicies: [policy]\nrules:\n  disable: [K8S*]\n  severity: {AWS001: critical}\nwaivers:\n  - rule: AWS002\n    path: envs/dev/**\n    reason: dev only\n    expires: 2099-01-01\noverrides:\n  - paths: [payments/**]\n    rules: {enable: [pci-dss-v4]}\n";
        let config = parse("c.yaml", text).unwrap();
        assert_eq!(config.waivers[0].line, 8);
        assert_eq!(config.overrides[0].rules.enable, vec!["pci-dss-v4"]);
        assert!(parse("empty.yaml", "").is_ok());
    }

    /// The schema and the typed `Config` agree: the README's full example passes both, and every
    /// top-level key of the schema appears in it.
    #[test]
    fn readme_example_matches_schema_and_code() {
        let readme = include_str!("../../../README.md");
        let start = readme.find("```yaml\ninclude:").expect("README has the config example") + "```yaml\n".len();
        let example = &readme[start..start + readme[start..].find("```").expect("closed block")];
        let config = parse("README.md", example).unwrap();
        assert_eq!(config.fail_on, Some(crate::model::severity::Severity::High));
        let keys = schema()["properties"].as_object().expect("properties");
        for key in keys.keys() {
            assert!(example.lines().any(|l| l.starts_with(&format!("{key}:"))), "README example lacks `{key}`");
        }
        for own in [include_str!("../../../.tollgate.yaml"), include_str!("../../../testdata/.tollgate.yaml")] {
            parse("own.yaml", own).unwrap();
        }
    }
}
