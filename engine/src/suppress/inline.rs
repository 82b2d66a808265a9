//! Inline suppressions: `# tollgate:ignore=<rule-id>[,<rule-id>] <reason>` comments in HCL and YAML.

use crate::model::resource::InlineIgnore;

const MARKER: &str = "tollgate:ignore=";

/// Every ignore comment of a file, in line order.
pub fn scan_ignores(text: &str) -> Vec<InlineIgnore> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let Some(start) = line.find(MARKER) else {
            continue;
        };
        let before = &line[..start];
        if !(before.contains('#') || before.contains("//")) {
            continue;
        }
        found.extend(parse_directive(&line[start + MARKER.len()..], number + 1));
    }
    found
}

/// Parses `AWS001,AWS002 reason text` into one ignore per rule.
pub fn parse_directive(directive: &str, line: usize) -> Vec<InlineIgnore> {
    let directive = directive.trim();
    let (rules, reason) = directive.split_once(char::is_whitespace).unwrap_or((directive, ""));
    rules
        .split(',')
        .filter(|r| !r.is_empty())
        .map(|rule| InlineIgnore { rule: rule.to_owned(), reason: reason.trim().to_owned(), line })
        .collect()
}

/// The ignores inside a block's lines, or on the comment line just above it.
pub fn ignores_for_block(ignores: &[InlineIgnore], first: usize, last: usize) -> Vec<InlineIgnore> {
    ignores.iter().filter(|i| i.line + 1 >= first && i.line <= last).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rules_and_reason() {
        let found =
            scan_ignores("a = 1\n  # tollgate:ignore=AWS001,AWS002 public website\nb: 2 # tollgate:ignore=K8S001\n");
        assert_eq!(found.len(), 3);
        assert_eq!(found[1].rule, "AWS002");
        assert_eq!(found[1].reason, "public website");
        assert_eq!(found[2].line, 3);
        assert!(scan_ignores("x = \"tollgate:ignore=A\"").is_empty());
    }
}
