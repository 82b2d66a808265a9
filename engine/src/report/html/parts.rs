//! What every tollgate page is made of: escaping, the shared style and the CSP hash of inline
//! content, a script-free page shell, bars as inline SVG, and sections holding one table.

use std::fmt::Write;

use base64::Engine;
use sha2::{Digest, Sha256};

pub(super) const STYLE: &str = include_str!("report.css");

/// Text safe inside HTML elements and attribute values.
pub fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A CSP source for inline content: its SHA-256, base64.
pub(super) fn hash(content: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(content.as_bytes())))
}

/// A page without script (the cost and drift reports): `body` inside the shared style, behind a CSP
/// that allows the style by hash and no script at all.
pub fn static_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {}; script-src 'none'; img-src data:; base-uri 'none'; form-action 'none'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title><style>{STYLE}</style></head><body>\n{body}</body></html>\n",
        hash(STYLE),
        esc(title)
    )
}

/// Horizontal bars (label, value, shown text) as inline SVG, a full bar for `max`.
pub fn bars(rows: &[(String, f64, String)], max: f64) -> String {
    let max = max.max(f64::MIN_POSITIVE);
    let mut out = format!("<svg role=\"img\" width=\"760\" height=\"{}\">", 24 * rows.len() + 8);
    for (i, (label, value, shown)) in rows.iter().enumerate() {
        let y = 24 * i + 4;
        let width = (value / max * 400.0).round().max(0.0);
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text><rect x=\"260\" y=\"{y}\" width=\"400\" height=\"16\" fill=\"#e5e7eb\"/><rect x=\"260\" y=\"{y}\" width=\"{width}\" height=\"16\" fill=\"#2874a6\"/><text x=\"668\" y=\"{}\">{}</text>",
            y + 13,
            esc(label),
            y + 13,
            esc(shown)
        );
    }
    out + "</svg>"
}

/// A section with `heading` and a table of `headers` and `rows` (cells are HTML, escaped by the
/// caller); nothing when there is no row.
pub fn table(out: &mut String, heading: &str, headers: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let mut body = String::new();
    for row in rows {
        let cells: String = row.iter().map(|c| format!("<td>{c}</td>")).collect();
        let _ = writeln!(body, "<tr>{cells}</tr>");
    }
    if body.is_empty() {
        return;
    }
    let head: String = headers.iter().map(|h| format!("<th>{}</th>", esc(h))).collect();
    let _ = writeln!(out, "<section><h2>{}</h2><table><tr>{head}</tr>\n{body}</table></section>", esc(heading));
}
