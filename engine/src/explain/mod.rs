//! Explanations of findings: what is at risk in this resource, the concrete change, the trade-offs.
//! From the rule's own metadata by default (offline, free); a model's answer, asked by the CLI with
//! the redacted resource block and the rule text only, replaces it when one is configured.

pub mod fix_prompt;
pub mod prompt;
pub mod redact;

use crate::report::model::{Finding, Report, RuleInfo};

pub use crate::report::model::Explanation;

/// The explanation the rule's metadata gives: its why (else description), its remediation with the
/// corrected example, and the trade-off every change has.
pub fn from_rule(rule: Option<&RuleInfo>, finding: &Finding) -> Explanation {
    let (why, description, remediation, example) = match rule {
        Some(r) => (r.why.as_str(), r.description.as_str(), r.remediation.as_str(), r.example.as_str()),
        None => ("", "", "", ""),
    };
    let risk = [why, description, finding.message.as_str()]
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .unwrap_or_default()
        .trim()
        .to_owned();
    let mut change = if remediation.trim().is_empty() {
        format!("Change `{}` so that rule {} passes.", finding.resource, finding.rule_id)
    } else {
        format!("In `{}`: {}", finding.resource, remediation.trim())
    };
    if !example.trim().is_empty() {
        change.push_str(&format!("\n\nFor example:\n\n```\n{}\n```", example.trim_end()));
    }
    let tradeoffs = match &finding.fix {
        Some(fix) if fix.get("risk").and_then(|r| r.as_str()) == Some("high") => {
            "The rule marks its fix high risk: applying it may replace the resource. Plan the change and check \
             what depends on this resource first."
                .to_owned()
        }
        _ if finding.kind == "drift" => "Reverting by applying the code undoes whatever the live change was for; \
             codifying it makes the change permanent. `tollgate drift --fix codify|import` shows verified edits."
            .to_owned(),
        _ => "Check what depends on the current behaviour (clients, pipelines, other stacks) before applying; \
              `tollgate fix` shows the rule's verified edit where it declares one."
            .to_owned(),
    };
    Explanation { source: "rule".into(), model: None, risk, change, tradeoffs, cached: false, note: None }
}

/// The findings to explain, in order: active ones, new before unchanged, then by severity (highest
/// first) and location; at most `max`.
pub fn selection(report: &Report, max: usize) -> Vec<usize> {
    let mut picked: Vec<usize> = (0..report.findings.len()).filter(|&i| report.findings[i].is_active()).collect();
    picked.sort_by(|&a, &b| {
        let (fa, fb) = (&report.findings[a], &report.findings[b]);
        let new = |f: &Finding| f.change.as_deref() != Some("new");
        (new(fa), std::cmp::Reverse(fa.severity), &fa.file, fa.line, &fa.rule_id).cmp(&(
            new(fb),
            std::cmp::Reverse(fb.severity),
            &fb.file,
            fb.line,
            &fb.rule_id,
        ))
    });
    picked.truncate(max);
    picked
}

/// Gives the selected findings their rule explanation (the offline default, and the fallback of a
/// model's). Returns the indices explained.
pub fn explain_from_rules(report: &mut Report, max: usize) -> Vec<usize> {
    let picked = selection(report, max);
    for &i in &picked {
        let rule = report.rules.iter().find(|r| r.id == report.findings[i].rule_id).cloned();
        let explanation = from_rule(rule.as_ref(), &report.findings[i]);
        report.findings[i].explanation = Some(explanation);
    }
    picked
}

/// Most lines of a resource block sent.
const MAX_BLOCK_LINES: usize = 200;

/// The finding's resource as written: the Terraform block around its line (from the `resource`,
/// `data` or `module` header above it to the closing brace at the start of a line), the YAML
/// document around it, else the finding's own lines.
pub fn block(text: &str, file: &str, line: usize, end_line: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let at = line.max(1).min(lines.len().max(1)) - 1;
    let (start, end) = if file.ends_with(".tf") {
        let header = |l: &&str| ["resource ", "data ", "module "].iter().any(|k| l.starts_with(k));
        match (0..=at).rev().find(|&i| lines.get(i).is_some_and(header)) {
            Some(start) => (start, (start..lines.len()).find(|&i| lines[i].trim_end() == "}").unwrap_or(at)),
            None => (at, end_line.max(line).saturating_sub(1)),
        }
    } else if file.ends_with(".yaml") || file.ends_with(".yml") {
        let start = (0..=at).rev().find(|&i| lines.get(i).is_some_and(|l| l.starts_with("---"))).map_or(0, |i| i + 1);
        let end = (at + 1..lines.len()).find(|&i| lines[i].starts_with("---")).map_or(lines.len(), |i| i) - 1;
        (start, end.max(start))
    } else {
        (at, end_line.max(line).saturating_sub(1))
    };
    let end = end.min(start + MAX_BLOCK_LINES - 1);
    lines.get(start..=end.min(lines.len().saturating_sub(1))).map(|l| l.join("\n")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::block;

    #[test]
    fn blocks_are_whole_resources_and_documents() {
        let tf =
            "variable \"x\" {}\n\nresource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n  tags = {\n    a = 1\n  }\n}\n";
        assert_eq!(
            block(tf, "main.tf", 4, 4),
            "resource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n  tags = {\n    a = 1\n  }\n}"
        );
        let yaml = "a: 1\n---\nkind: Pod\nspec: {}\n---\nkind: Service\n";
        assert_eq!(block(yaml, "k.yaml", 4, 4), "kind: Pod\nspec: {}");
        assert_eq!(block(yaml, "k.yaml", 6, 6), "kind: Service");
    }
}
