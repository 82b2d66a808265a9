//! Which template line each rendered line came from. Before parsing, a template's own text (outside
//! `define`/`block` bodies, which other functions may measure or hash) gets invisible markers: one
//! before the first character of each text line, one after an output action that opens a line
//! (`{{ toYaml .Values.x | nindent 8 }}`), which claims the lines that action wrote. Markers never
//! sit next to whitespace a `{{-`/`-}}` trims, so the output is the same once they are removed.

const START: char = '\u{F8F0}';
const AFTER_ACTION: char = '\u{F8F2}';
const CLOSE: char = '\u{F8F1}';

/// The template source with line markers.
pub fn mark(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + src.len() / 8);
    let mut blocks: Vec<bool> = Vec::new(); // open blocks; true for define/block bodies
    let mut line = 1usize;
    let mut line_start = true;
    let mut rest = src;
    while !rest.is_empty() {
        if rest.starts_with("{{") {
            let len = action_len(rest);
            let action = &rest[..len];
            let body = action.trim_start_matches("{{").trim_end_matches("}}");
            let trims_right = body.ends_with('-') && body.trim_end_matches('-').ends_with(char::is_whitespace);
            let body = body.trim_start_matches('-').trim_end_matches('-').trim();
            let word = body.split(|c: char| c.is_whitespace() || c == '(').next().unwrap_or_default();
            let in_define = blocks.iter().any(|d| *d);
            match word {
                "define" | "block" => blocks.push(true),
                "if" | "range" | "with" => blocks.push(false),
                "end" => {
                    blocks.pop();
                }
                _ => {}
            }
            out.push_str(action);
            let control = matches!(word, "define" | "block" | "if" | "range" | "with" | "end" | "else" | "template");
            let assigns = body.contains(":=") || (body.starts_with('$') && body.contains(" = "));
            let is_output = !(control || body.starts_with("/*") || assigns);
            if line_start && is_output && !in_define && !trims_right {
                out.push(AFTER_ACTION);
                out.push_str(&line.to_string());
                out.push(CLOSE);
            }
            line += action.matches('\n').count();
            line_start = false;
            rest = &rest[len..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        if c == '\n' {
            line += 1;
            line_start = true;
        } else if line_start && !c.is_whitespace() {
            if !blocks.iter().any(|d| *d) {
                out.push(START);
                out.push_str(&line.to_string());
                out.push(CLOSE);
            }
            line_start = false;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The length of the action at the start of `text` (through its `}}`), skipping quoted strings and
/// comments; the rest of the text when it is not closed (the parser reports that).
fn action_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 2;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'`' | b'\'' => {
                let quote = bytes[i];
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    if bytes[i] == b'\\' && quote != b'`' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i..].find("*/").map_or(bytes.len(), |at| i + at + 1);
            }
            b'}' if bytes.get(i + 1) == Some(&b'}') => return i + 2,
            _ => {}
        }
        i += 1;
    }
    text.len()
}

/// The text without markers (what `include` hands to other functions).
pub fn clean(text: &str) -> String {
    if !text.contains(CLOSE) {
        return text.to_owned();
    }
    strip(text).0
}

/// The rendered text without markers, and for each of its lines the template line it came from.
pub fn strip(rendered: &str) -> (String, Vec<usize>) {
    let (text, lines, _) = strip_with_actions(rendered);
    (text, lines)
}

/// `strip`, and for each line whether an output action opening a template line wrote it.
pub fn strip_with_actions(rendered: &str) -> (String, Vec<usize>, Vec<bool>) {
    let mut text = String::with_capacity(rendered.len());
    let mut lines: Vec<usize> = vec![0];
    let mut actions: Vec<bool> = vec![false];
    let mut current = 0usize;
    let mut last_marked = 0usize; // the output line of the last marker
    let mut chars = rendered.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            START | AFTER_ACTION => {
                let end = rendered[at..].find(CLOSE).map_or(rendered.len(), |e| at + e);
                let number: usize = rendered[at + c.len_utf8()..end].parse().unwrap_or(0);
                while chars.peek().is_some_and(|(i, _)| *i <= end) {
                    chars.next();
                }
                let here = lines.len() - 1;
                if c == START {
                    lines[here] = number;
                } else {
                    let from = if last_marked < here { last_marked + 1 } else { here };
                    for line in &mut lines[from..=here] {
                        *line = number;
                    }
                    for action in &mut actions[from..=here] {
                        *action = true;
                    }
                }
                current = number;
                last_marked = here;
            }
            '\n' => {
                text.push('\n');
                lines.push(current);
                actions.push(false);
            }
            other => {
                if lines.len() == 1 && lines[0] == 0 {
                    lines[0] = current;
                }
                text.push(other);
            }
        }
    }
    let first = lines.iter().copied().find(|l| *l > 0).unwrap_or(1);
    for line in &mut lines {
        if *line == 0 {
            *line = first;
        }
    }
    (text, lines, actions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_lines_point_at_their_template_lines() {
        let src = "kind: Pod\nspec:\n  {{- if true }}\n  sc:\n    {{- toYaml .x | nindent 4 }}\n  name: {{ .n }}\n  {{- end }}\n";
        let marked = mark(src);
        // What the engine would write for x = {a: 1, b: 2}, n = "web".
        let rendered = marked
            .replace("\n  {{- if true }}", "")
            .replace("\n    {{- toYaml .x | nindent 4 }}", "\n    a: 1\n    b: 2")
            .replace("{{ .n }}", "web")
            .replace("\n  {{- end }}", "");
        let (text, lines) = strip(&rendered);
        assert_eq!(text, "kind: Pod\nspec:\n  sc:\n    a: 1\n    b: 2\n  name: web\n");
        assert_eq!(lines[..6], [1, 2, 4, 5, 5, 6]);
    }

    #[test]
    fn define_bodies_are_left_alone() {
        let src = "{{- define \"x\" }}\nname: a\n{{- end }}\nkind: Pod\n";
        assert_eq!(mark(src), format!("{{{{- define \"x\" }}}}\nname: a\n{{{{- end }}}}\n{START}4{CLOSE}kind: Pod\n"));
    }
}
