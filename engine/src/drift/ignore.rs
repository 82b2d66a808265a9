//! The drift ignore file (`.tollgate-driftignore`, like driftctl's `.driftignore`): one pattern per
//! line, `RESOURCE_GLOB` to ignore whole resources or `RESOURCE_GLOB:ATTRIBUTE_GLOB` for attributes,
//! `!` to take a pattern back (the last matching line wins), `#` comments.

use globset::{GlobBuilder, GlobMatcher};

use super::DriftReport;

/// The default file name, looked up in the working directory.
pub const FILE_NAME: &str = ".tollgate-driftignore";

#[derive(Debug, Clone)]
struct Pattern {
    negated: bool,
    resource: GlobMatcher,
    attribute: Option<GlobMatcher>,
}

#[derive(Debug, Clone, Default)]
pub struct DriftIgnore {
    patterns: Vec<Pattern>,
}

fn glob(text: &str) -> Result<GlobMatcher, String> {
    // `*` stays within one path segment of an attribute but crosses `/` in Kubernetes addresses.
    GlobBuilder::new(text).literal_separator(false).build().map(|g| g.compile_matcher()).map_err(|e| e.to_string())
}

impl DriftIgnore {
    /// Parses the file's text; errors name the line.
    pub fn parse(text: &str) -> Result<DriftIgnore, (usize, String)> {
        let mut patterns = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = raw.split(" #").next().unwrap_or_default().trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (negated, line) = line.strip_prefix('!').map_or((false, line), |rest| (true, rest.trim()));
            let (resource, attribute) = match line.rsplit_once(':') {
                Some((resource, attribute)) if !attribute.contains('/') => (resource, Some(attribute)),
                _ => (line, None),
            };
            let at = |e: String| (index + 1, format!("`{line}`: {e}"));
            patterns.push(Pattern {
                negated,
                resource: glob(resource).map_err(at)?,
                attribute: attribute.map(glob).transpose().map_err(at)?,
            });
        }
        Ok(DriftIgnore { patterns })
    }

    /// Whether a resource (attribute `None`) or one of its attributes is ignored. A resource pattern
    /// covers all of its attributes.
    pub fn ignores(&self, address: &str, attribute: Option<&str>) -> bool {
        let mut ignored = false;
        for pattern in &self.patterns {
            let matches = pattern.resource.is_match(address)
                && match (&pattern.attribute, attribute) {
                    (None, _) => true,
                    (Some(glob), Some(attribute)) => glob.is_match(attribute),
                    (Some(_), None) => false,
                };
            if matches {
                ignored = !pattern.negated;
            }
        }
        ignored
    }

    /// An ignore file covering every difference of a report (`tollgate drift --write-ignore`).
    pub fn write(report: &DriftReport) -> String {
        let mut out = String::from(
            "# tollgate drift ignore file: RESOURCE_GLOB or RESOURCE_GLOB:ATTRIBUTE_GLOB per line, `!` negates.\n",
        );
        let mut lines: Vec<String> = Vec::new();
        lines.extend(report.missing.iter().map(|m| format!("{}  # missing", escape(&m.address))));
        lines.extend(report.unmanaged.iter().map(|u| format!("{}  # unmanaged", escape(&u.address))));
        lines.extend(
            report.changed.iter().map(|c| format!("{}:{}  # changed", escape(&c.address), escape(&c.attribute))),
        );
        lines.dedup();
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

/// Escapes glob metacharacters (`aws_instance.web[0]` names one resource, not a class).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '?' | '[' | ']' | '{' | '}') {
            out.push('[');
            out.push(c);
            out.push(']');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_attributes_and_negation() {
        let ignore = DriftIgnore::parse(
            "# comment\naws_iam_*\naws_s3_bucket.logs:tags.*\n!aws_iam_role.admin\nDeployment/*/web:spec.replicas\n",
        )
        .unwrap();
        assert!(ignore.ignores("aws_iam_user.bob", None));
        assert!(!ignore.ignores("aws_iam_role.admin", None));
        assert!(ignore.ignores("aws_s3_bucket.logs", Some("tags.owner")));
        assert!(!ignore.ignores("aws_s3_bucket.logs", Some("acl")));
        assert!(!ignore.ignores("aws_s3_bucket.logs", None));
        assert!(ignore.ignores("Deployment/prod/web", Some("spec.replicas")));
        assert_eq!(DriftIgnore::parse("ok\n[bad\n").unwrap_err().0, 2);
    }

    #[test]
    fn written_files_ignore_exactly_what_was_reported() {
        let mut report = DriftReport::default();
        report.missing.push(super::super::Missing {
            address: "aws_instance.web[0]".into(),
            resource_type: "aws_instance".into(),
            severity: crate::model::severity::Severity::High,
            file: "main.tf".into(),
            line: 1,
            rules: Vec::new(),
            explanation: None,
        });
        let ignore = DriftIgnore::parse(&DriftIgnore::write(&report)).unwrap();
        assert!(ignore.ignores("aws_instance.web[0]", None));
        assert!(!ignore.ignores("aws_instance.web0", None));
    }
}
