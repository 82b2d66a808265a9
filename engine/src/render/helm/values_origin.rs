//! Which rendered lines hold a value written in the chart's `values.yaml`, and its line there.
//! Two shapes are traced: a block an output action wrote from `.Values.x` (`{{ toYaml
//! .Values.securityContext | nindent 12 }}`: the block's fields are `x`'s fields), and a line whose one
//! action is `.Values.x` (`privileged: {{ .Values.privileged }}`). Anything else (values reached
//! through `with`, `range`, helpers) keeps the template line alone.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::normalize::yaml_tree::{YamlDoc, parse_documents};

static VALUES_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\.Values\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)").expect("a valid pattern"));

/// For each rendered line (0-based), the `values.yaml` line its value comes from.
pub fn values_lines(
    text: &str,
    lines: &[usize],
    actions: &[bool],
    template: &str,
    values: &YamlDoc,
) -> Vec<Option<usize>> {
    let mut out = vec![None; lines.len()];
    let Ok(docs) = parse_documents(text) else { return out };
    // The deepest field starting on each rendered line (1-based).
    let deepest: BTreeMap<usize, String> = docs.iter().flat_map(crate::render::deepest_fields).collect();
    let template_lines: Vec<&str> = template.lines().collect();
    let reference = |line: usize| -> Option<String> {
        let text = template_lines.get(line.checked_sub(1)?)?;
        let mut found = VALUES_REF.captures_iter(text).map(|c| c[1].to_owned());
        let first = found.next()?;
        found.next().is_none().then_some(first)
    };
    let mut i = 0;
    while i < lines.len() {
        if !actions[i] {
            // `key: {{ .Values.x }}`: the one value on the line.
            let is_field =
                template_lines.get(lines[i].saturating_sub(1)).is_some_and(|t| t.contains(": {{") || t.contains(":{{"));
            if let Some(x) = reference(lines[i]).filter(|_| is_field) {
                out[i] = values.position(&pointer_of(&x)).map(|p| p.line);
            }
            i += 1;
            continue;
        }
        // A block one action wrote: consecutive action lines from the same template line.
        let start = i;
        while i < lines.len() && actions[i] && lines[i] == lines[start] {
            i += 1;
        }
        let Some(x) = reference(lines[start]) else { continue };
        let fields: Vec<(usize, &String)> = (start..i).filter_map(|l| deepest.get(&(l + 1)).map(|p| (l, p))).collect();
        let Some(shallowest) = fields.iter().map(|(_, p)| p.matches('/').count()).min() else { continue };
        let Some(root) = fields
            .iter()
            .find(|(_, p)| p.matches('/').count() == shallowest)
            .and_then(|(_, p)| p.rsplit_once('/'))
            .map(|(r, _)| r.to_owned())
        else {
            continue;
        };
        for (line, pointer) in fields {
            let Some(rest) = pointer.strip_prefix(&root) else { continue };
            out[line] = values.position(&format!("{}{rest}", pointer_of(&x))).map(|p| p.line);
        }
    }
    out
}

fn pointer_of(dotted: &str) -> String {
    dotted.split('.').map(|p| format!("/{p}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_single_values_are_traced_to_values_lines() {
        let template = "spec:\n  securityContext:\n    {{- toYaml .Values.securityContext | nindent 4 }}\n  privileged: {{ .Values.privileged }}\n";
        let values_text = "privileged: true\nsecurityContext:\n  runAsUser: 0\n  capabilities:\n    add: [NET_ADMIN]\n";
        let values = parse_documents(values_text).unwrap().remove(0);
        let text = "spec:\n  securityContext:\n    capabilities:\n      add:\n      - NET_ADMIN\n    runAsUser: 0\n  privileged: true\n";
        let lines = [1, 2, 3, 3, 3, 3, 4];
        let actions = [false, false, true, true, true, true, false];
        let found = values_lines(text, &lines, &actions, template, &values);
        assert_eq!(found, [None, None, Some(4), Some(5), Some(5), Some(3), Some(1)]);
    }
}
