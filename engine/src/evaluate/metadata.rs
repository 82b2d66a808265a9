//! Rule metadata: OPA's `# METADATA` comment block, parsed by tollgate (regorus does not evaluate it).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::severity::Severity;

/// Whether a rule sees one resource at a time or every resource of a directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    #[default]
    Resource,
    Project,
}

/// What a rule says about itself.
#[derive(Debug, Clone, Serialize)]
pub struct RuleMeta {
    /// Whether the policy had a METADATA block with an id (policies without one get defaults).
    #[serde(skip)]
    pub declared: bool,
    pub id: String,
    pub title: String,
    pub description: String,
    pub severity: Severity,
    /// Resource types the rule applies to; empty means every type.
    pub resource_types: Vec<String>,
    pub scope: Scope,
    /// A drift rule: runs only on resources compared with live snapshots, and its findings weigh drift.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub drift: bool,
    /// The risk of the fixes the rule declares (a result's `fix.risk` overrides it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix_risk: Option<crate::fix::rule_fix::Risk>,
    /// The `rule_data` keys the rule reads: it runs only when the config gives them all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rule_data: Vec<String>,
    pub tags: Vec<String>,
    /// What the rule judges: `aws`, `azure`, `gcp`, `kubernetes`, `cloudformation`, `drift`, `terraform`
    /// (from its package, `tollgate.<platform>.<rule>`, and its resource types).
    pub platforms: Vec<String>,
    /// Framework name (`cis-aws-v3.0`, `soc2`, `pci-dss-v4`, `hipaa`, `nist-800-53`) to control ids.
    pub frameworks: BTreeMap<String, Vec<String>>,
    pub why: String,
    pub remediation: String,
    pub example: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnnotation {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    related_resources: Option<serde_json::Value>,
    #[serde(default)]
    authors: Option<serde_json::Value>,
    #[serde(default)]
    organizations: Option<serde_json::Value>,
    #[serde(default)]
    schemas: Option<serde_json::Value>,
    #[serde(default)]
    entrypoint: Option<bool>,
    #[serde(default)]
    custom: RawCustom,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCustom {
    id: Option<String>,
    severity: Option<String>,
    #[serde(default)]
    resource_types: Vec<String>,
    #[serde(default)]
    scope: Scope,
    #[serde(default)]
    drift: bool,
    #[serde(default)]
    fix_risk: Option<crate::fix::rule_fix::Risk>,
    #[serde(default)]
    rule_data: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    frameworks: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    why: String,
    #[serde(default)]
    remediation: String,
    #[serde(default)]
    example: String,
}

/// A metadata block that does not parse, with its line in the policy file.
#[derive(Debug, Clone)]
pub struct MetadataError {
    pub message: String,
    pub line: usize,
}

/// The `# METADATA` block of a policy, as YAML text and the line where the YAML starts.
pub fn metadata_block(source: &str) -> Option<(String, usize)> {
    let mut lines = source.lines().enumerate();
    let (start, _) = lines.by_ref().find(|(_, l)| l.trim() == "# METADATA")?;
    let yaml: Vec<&str> =
        lines.map_while(|(_, l)| l.trim_start().strip_prefix('#')).map(|l| l.strip_prefix(' ').unwrap_or(l)).collect();
    Some((yaml.join("\n"), start + 2))
}

/// Reads a policy's metadata; a policy without a block gets defaults named after its package.
pub fn parse(source: &str, package: &str) -> Result<RuleMeta, MetadataError> {
    let Some((yaml, first_line)) = metadata_block(source) else {
        return Ok(default_meta(package));
    };
    let raw: RawAnnotation = serde_saphyr::from_str(&yaml).map_err(|e| MetadataError {
        message: format!("invalid METADATA block: {}", e.to_string().lines().next().unwrap_or_default()),
        line: first_line + e.location().map_or(0, |l| l.line() as usize).saturating_sub(1),
    })?;
    let _ = (raw.scope, raw.related_resources, raw.authors, raw.organizations, raw.schemas, raw.entrypoint);
    let custom = raw.custom;
    let severity = match custom.severity.as_deref() {
        Some(s) => s.parse().map_err(|message| MetadataError { message, line: first_line })?,
        None => Severity::Medium,
    };
    let platforms = platforms(package, &custom.resource_types);
    Ok(RuleMeta {
        declared: custom.id.is_some(),
        id: custom.id.unwrap_or_else(|| package.to_owned()),
        title: raw.title.unwrap_or_else(|| package.to_owned()),
        description: raw.description.unwrap_or_default().trim().to_owned(),
        severity,
        resource_types: custom.resource_types,
        scope: custom.scope,
        drift: custom.drift,
        fix_risk: custom.fix_risk,
        rule_data: custom.rule_data,
        platforms,
        tags: custom.tags,
        frameworks: custom.frameworks,
        why: custom.why.trim().to_owned(),
        remediation: custom.remediation.trim().to_owned(),
        example: custom.example,
    })
}

/// Whether a framework key (`cis-aws-v3.0`) is the one asked for: the same, or named without its
/// version or edition (`cis-aws`, `pci-dss`, `nist`).
pub fn framework_matches(key: &str, wanted: &str) -> bool {
    key == wanted || key.strip_prefix(wanted).is_some_and(|rest| rest.starts_with('-'))
}

impl RuleMeta {
    /// Whether the rule maps to a framework, named with or without its version (`cis-aws`).
    pub fn maps_to(&self, framework: &str) -> bool {
        self.frameworks.keys().any(|k| framework_matches(k, framework))
    }
}

/// The platforms a rule judges, from its package and resource types.
fn platforms(package: &str, resource_types: &[String]) -> Vec<String> {
    const KNOWN: [&str; 7] = ["aws", "azure", "gcp", "kubernetes", "cloudformation", "drift", "terraform"];
    let mut found: Vec<&str> = Vec::new();
    if let Some(platform) = package.strip_prefix("tollgate.").and_then(|p| p.split('.').next())
        && KNOWN.contains(&platform)
    {
        found.push(platform);
    }
    for ty in resource_types {
        let platform = match ty.as_str() {
            t if t.starts_with("AWS::") => {
                found.push("aws");
                "cloudformation"
            }
            t if t.starts_with("aws_") => "aws",
            t if t.starts_with("azurerm_") || t.starts_with("azuread_") => "azure",
            t if t.starts_with("google_") => "gcp",
            "provider" | "variable" => "terraform",
            t if t.starts_with(|c: char| c.is_ascii_uppercase()) && !t.contains("::") => "kubernetes",
            _ => continue,
        };
        found.push(platform);
    }
    found.sort();
    found.dedup();
    found.into_iter().map(str::to_owned).collect()
}

fn default_meta(package: &str) -> RuleMeta {
    RuleMeta {
        declared: false,
        id: package.to_owned(),
        title: package.to_owned(),
        description: String::new(),
        severity: Severity::Medium,
        resource_types: Vec::new(),
        scope: Scope::Resource,
        drift: false,
        fix_risk: None,
        rule_data: Vec::new(),
        platforms: platforms(package, &[]),
        tags: Vec::new(),
        frameworks: BTreeMap::new(),
        why: String::new(),
        remediation: String::new(),
        example: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_block_and_defaults() {
        let src = "# METADATA\n# title: Public bucket\n# custom:\n#   id: AWS001\n#   severity: high\n#   resource_types: [aws_s3_bucket]\n#   frameworks:\n#     soc2: [CC6.1]\npackage tollgate.aws.x\n";
        let meta = parse(src, "tollgate.aws.x").unwrap();
        assert_eq!(meta.id, "AWS001");
        assert_eq!(meta.severity, Severity::High);
        assert_eq!(meta.frameworks["soc2"], vec!["CC6.1"]);
        assert_eq!(parse("package main\n", "main").unwrap().id, "main");
        let err = parse("# METADATA\n# title: x\n# custom:\n#   severity: urgent\npackage p\n", "p").unwrap_err();
        assert!(err.message.contains("urgent"), "{}", err.message);
    }
}
