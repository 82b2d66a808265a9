//! Rendering with a `helm` binary instead (`--helm-binary`): `helm template` is run on the chart
//! folder with the user's values in a temporary file, and its output split by `# Source:` into
//! templates. Helm says nothing of where lines came from, so each rendered line is matched to the
//! first template line with the same text at or after the previous match (lines an action wrote
//! keep the last matched line); no values-file lines are traced.

use std::path::Path;
use std::process::Command;

use serde_json::Value as Json;

use super::{NotRendered, Release, Rendered};

/// Renders the chart in `dir` with `helm template`.
pub fn render(
    binary: &Path,
    dir: &Path,
    user_values: &Json,
    release: &Release,
    templates: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<Rendered>, NotRendered> {
    let fail = |message: String| NotRendered { path: None, line: 1, column: 1, message, parse: false };
    let values_file =
        std::env::temp_dir().join(format!("tollgate-helm-values-{}-{}.yaml", std::process::id(), unique()));
    let values_text = crate::render::to_yaml::to_yaml(user_values);
    std::fs::write(&values_file, if user_values.is_object() { values_text } else { String::new() })
        .map_err(|e| fail(format!("writing the values for helm: {e}")))?;
    let output = Command::new(binary)
        .arg("template")
        .arg(&release.name)
        .arg(dir)
        .arg("--namespace")
        .arg(&release.namespace)
        .arg("--values")
        .arg(&values_file)
        .output();
    let _ = std::fs::remove_file(&values_file);
    let output = output.map_err(|e| fail(format!("running {}: {e}", binary.display())))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(fail(format!("helm template: {}", stderr.trim())));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut by_template: Vec<(String, String)> = Vec::new();
    for document in stdout.split("\n---\n").map(|d| d.trim_start_matches("---\n")) {
        let Some(source) = document.lines().find_map(|l| l.strip_prefix("# Source: ")) else { continue };
        // `chart/templates/x.yaml`, `chart/charts/sub/templates/x.yaml`: the path inside the chart.
        let path = source.split_once('/').map_or(source, |(_, rest)| rest).to_owned();
        match by_template.iter_mut().find(|(p, _)| *p == path) {
            Some((_, text)) => {
                text.push_str("---\n");
                text.push_str(document);
                text.push('\n');
            }
            None => by_template.push((path, format!("{document}\n"))),
        }
    }
    Ok(by_template
        .into_iter()
        .map(|(path, text)| {
            let template = templates(&path).unwrap_or_default();
            let lines = match_lines(&text, &template);
            let values_lines = vec![None; lines.len()];
            Rendered { path, text, lines, values_file: None, values_lines }
        })
        .collect())
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Each rendered line's template line: the next template line with the same text, else the last match.
fn match_lines(rendered: &str, template: &str) -> Vec<usize> {
    let template: Vec<&str> = template.lines().map(str::trim).collect();
    let mut at = 0usize;
    let mut last = 1usize;
    let mut lines = Vec::new();
    for line in rendered.lines() {
        let wanted = line.trim();
        if !wanted.is_empty()
            && let Some(found) = template.iter().skip(at).position(|t| *t == wanted)
        {
            at += found + 1;
            last = at;
        }
        lines.push(last);
    }
    lines.push(last);
    lines
}
