//! JSON: the report as is (`schemas/report.schema.json`).

use super::model::Report;

pub fn render(report: &Report) -> String {
    // About a kilobyte a finding: one allocation instead of a dozen doublings of a multi-megabyte text.
    let mut out = Vec::with_capacity(4096 + report.findings.len() * 1200);
    if let Err(e) = serde_json::to_writer_pretty(&mut out, report) {
        return format!("{{\"error\": \"{e}\"}}\n");
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}
