//! Redaction before anything leaves the machine: values of attributes named like secrets, the values
//! of `sensitive = true` variables, known credential patterns (AWS keys, private keys, GitHub tokens,
//! connection strings with passwords) and high-entropy strings become `[REDACTED]`.

use std::sync::LazyLock;

use regex::Regex;

pub const REDACTED: &str = "[REDACTED]";

/// Attribute names whose values are secrets: `password`, `db_secret`, `api_token`, `private_key`...
static SECRET_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?im)^(\s*-?\s*"?[A-Za-z0-9_.-]*(?:password|passwd|secret|token|api_?key|access_?key|private_?key|credential|connection_?string)[A-Za-z0-9_.-]*"?\s*[:=]\s*)(.+?)\s*$"#,
    )
    .expect("secret name pattern")
});

/// Credential shapes, wherever they appear.
static CREDENTIALS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // PEM private keys (whole block).
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----",
        // AWS access key ids.
        r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b",
        // GitHub tokens.
        r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b",
        // Slack and generic bearer-style tokens.
        r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b",
        // Passwords inside connection strings: scheme://user:password@host.
        r"(?i)\b[a-z][a-z0-9+.-]*://[^\s:/@]+:[^\s@/]+@",
        // Password fields of ADO/JDBC-style connection strings.
        r"(?i)\b(?:password|pwd)\s*=\s*[^;\s]+",
    ]
    .iter()
    .map(|p| Regex::new(p).expect("credential pattern"))
    .collect()
});

/// Quoted string literals, checked for entropy.
static STRING_LITERAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""([A-Za-z0-9+/=_\-]{20,})""#).expect("string pattern"));

/// Shannon entropy in bits per character.
fn entropy(text: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for c in text.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
    }
    let len = text.chars().count() as f64;
    counts.values().map(|&n| n as f64 / len).map(|p| -p * p.log2()).sum()
}

/// Whether a string looks like a random secret (long, mixed, high entropy) rather than a name or id.
pub fn high_entropy(text: &str) -> bool {
    let kinds = [
        text.chars().any(|c| c.is_ascii_lowercase()),
        text.chars().any(|c| c.is_ascii_uppercase()),
        text.chars().any(|c| c.is_ascii_digit()),
    ];
    text.len() >= 20 && kinds.iter().filter(|k| **k).count() >= 2 && entropy(text) > 4.0
}

/// `text` with every secret replaced, and how many replacements were made. `sensitive_values` are
/// the literal values of variables declared `sensitive = true` (defaults and tfvars).
pub fn redact(text: &str, sensitive_values: &[String]) -> (String, usize) {
    let mut count = 0;
    let mut out = text.to_owned();
    for value in sensitive_values.iter().filter(|v| v.len() >= 4) {
        count += out.matches(value.as_str()).count();
        out = out.replace(value.as_str(), REDACTED);
    }
    for pattern in CREDENTIALS.iter() {
        count += pattern.find_iter(&out).count();
        out = pattern.replace_all(&out, REDACTED).into_owned();
    }
    let named = SECRET_NAME.replace_all(&out, |c: &regex::Captures<'_>| {
        let value = c[2].trim();
        // References to other values (var.x, ${...}, aws_secretsmanager_secret.x.arn) are not secrets.
        let reference = !value.starts_with('"') && !value.starts_with('\'') && value.contains('.');
        if reference || value == REDACTED || value == "\"\"" || value.is_empty() {
            c[0].to_owned()
        } else {
            count += 1;
            format!("{}\"{REDACTED}\"", &c[1])
        }
    });
    out = named.into_owned();
    let entropic = STRING_LITERAL.replace_all(&out, |c: &regex::Captures<'_>| {
        if high_entropy(&c[1]) {
            count += 1;
            format!("\"{REDACTED}\"")
        } else {
            c[0].to_owned()
        }
    });
    (entropic.into_owned(), count)
}

/// The literal values of `variable` blocks declared `sensitive = true` in Terraform text, and of the
/// same names in tfvars text (`name = "value"`).
pub fn sensitive_values(terraform: &[&str], tfvars: &[&str]) -> Vec<String> {
    static VARIABLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?s)variable\s+"([^"]+)"\s*\{(.*?)\n\}"#).expect("variable pattern"));
    static DEFAULT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?m)^\s*default\s*=\s*"([^"]*)""#).expect("default pattern"));
    static SENSITIVE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?m)^\s*sensitive\s*=\s*true\b").expect("sensitive pattern"));
    let mut names = Vec::new();
    let mut values = Vec::new();
    for text in terraform {
        for c in VARIABLE.captures_iter(text) {
            if SENSITIVE.is_match(&c[2]) {
                names.push(c[1].to_owned());
                values.extend(DEFAULT.captures_iter(&c[2]).map(|d| d[1].to_owned()));
            }
        }
    }
    for text in tfvars {
        for name in &names {
            let pattern = Regex::new(&format!(r#"(?m)^\s*{}\s*=\s*"([^"]*)""#, regex::escape(name)));
            if let Ok(pattern) = pattern {
                values.extend(pattern.captures_iter(text).map(|c| c[1].to_owned()));
            }
        }
    }
    values.retain(|v| !v.is_empty());
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_and_plain_values_kept() {
        let block = r#"resource "aws_db_instance" "main" {
  identifier = "orders-db"
  password   = "hunter2-but-longer"
  master_password = var.db_password
  tags = { access_key = "AKIAIOSFODNN7EXAMPLE" }
  user_data = "token: ghp_abcdefghijklmnopqrstuvwxyz0123456789"
  url = "postgres://admin:s3cret@db.internal:5432/orders"
  blob = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}"#;
        let (out, count) = redact(block, &[]);
        for secret in ["hunter2", "AKIAIOSFODNN7EXAMPLE", "ghp_abc", "s3cret", "wJalrXUtnFEMI"] {
            assert!(!out.contains(secret), "{secret} leaked:\n{out}");
        }
        assert!(out.contains("identifier = \"orders-db\""), "{out}");
        assert!(out.contains("master_password = var.db_password"), "{out}");
        assert!(count >= 5, "{count}");
    }

    #[test]
    fn private_keys_and_sensitive_variables_are_redacted() {
        let tf = "variable \"db_password\" {\n  type      = string\n  sensitive = true\n  default   = \"correct-horse\"\n}\n";
        let values = sensitive_values(&[tf], &["db_password = \"battery-staple\"\n"]);
        assert_eq!(values, ["correct-horse", "battery-staple"]);
        let text = "key = <<EOF\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\nEOF\nnote = \"correct-horse\"";
        let (out, _) = redact(text, &values);
        assert!(!out.contains("MIIEow") && !out.contains("correct-horse"), "{out}");
    }

    #[test]
    fn names_and_ids_are_not_high_entropy() {
        assert!(!high_entropy("my-application-bucket-name"));
        assert!(!high_entropy("arn-aws-iam-policy-readonly"));
        assert!(high_entropy("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    }
}
