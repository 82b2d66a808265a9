//! JUnit XML: one test case per finding and per error, for CI systems that show test reports.

use quick_xml::escape::escape;

use super::model::Report;

pub fn render(report: &Report) -> String {
    let failures = report.findings.iter().filter(|f| f.is_active()).count();
    let skipped = report.findings.len() - failures;
    let mut cases = String::new();
    for f in &report.findings {
        let name = escape(format!("{} {}", f.rule_id, f.resource)).into_owned();
        let class = escape(f.file.as_str()).into_owned();
        cases.push_str(&format!(
            "    <testcase name=\"{name}\" classname=\"{class}\" file=\"{class}\" line=\"{}\">\n",
            f.line
        ));
        if let Some(s) = &f.suppression {
            cases.push_str(&format!(
                "      <skipped message=\"{}\"/>\n",
                escape(format!("suppressed ({}): {}", s.kind, s.reason))
            ));
        } else if f.baselined {
            cases.push_str("      <skipped message=\"in baseline\"/>\n");
        } else {
            let body = format!("{}:{}: {} [{}] {}", f.file, f.line, f.title, f.severity, f.message);
            cases.push_str(&format!(
                "      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                escape(f.message.as_str()),
                f.severity,
                escape(body)
            ));
        }
        cases.push_str("    </testcase>\n");
    }
    for e in &report.errors {
        let file = escape(e.file.as_str()).into_owned();
        cases.push_str(&format!(
            "    <testcase name=\"{} error\" classname=\"{file}\" file=\"{file}\" line=\"{}\">\n",
            e.kind, e.line
        ));
        cases.push_str(&format!(
            "      <error message=\"{}\" type=\"{}\">{}:{}:{}: {}</error>\n",
            escape(e.message.as_str()),
            e.kind,
            file,
            e.line,
            e.column,
            escape(e.message.as_str())
        ));
        cases.push_str("    </testcase>\n");
    }
    let tests = report.findings.len() + report.errors.len();
    if tests == 0 {
        cases.push_str("    <testcase name=\"tollgate check\" classname=\"tollgate\"/>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tollgate\" tests=\"{t}\" failures=\"{failures}\" errors=\"{e}\" skipped=\"{skipped}\">\n  <testsuite name=\"tollgate\" tests=\"{t}\" failures=\"{failures}\" errors=\"{e}\" skipped=\"{skipped}\">\n{cases}  </testsuite>\n</testsuites>\n",
        t = tests.max(1),
        e = report.errors.len(),
    )
}
