//! 4 REPORT: receives findings, errors, warnings and counts; returns the report model, and text in each
//! output format from one pure renderer per format.

pub mod compare;
pub mod explanations;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod model;
pub mod posture;
pub mod sarif;
pub mod summary;

use std::collections::BTreeMap;
use std::sync::Arc;

use model::Report;

/// The output formats of `tollgate check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Junit,
    Markdown,
    Github,
    /// One self-contained page (`html/`).
    Html,
}

impl Format {
    pub const NAMES: [&'static str; 7] = ["human", "json", "sarif", "junit", "markdown", "github", "html"];

    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "human" | "text" => Format::Human,
            "json" => Format::Json,
            "sarif" => Format::Sarif,
            "junit" => Format::Junit,
            "markdown" | "md" => Format::Markdown,
            "github" => Format::Github,
            "html" => Format::Html,
            _ => return None,
        })
    }
}

/// Renders a report in one format. `color` applies to `human` only.
pub fn render(format: Format, report: &Report, sources: &BTreeMap<String, Arc<str>>, color: bool) -> String {
    match format {
        Format::Human => human::render(report, sources, color),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Junit => junit::render(report),
        Format::Markdown => markdown::render(report),
        Format::Github => github::render(report),
        Format::Html => html::render(report, sources),
    }
}
