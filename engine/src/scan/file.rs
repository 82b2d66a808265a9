//! Reading one file: bytes (from disk or memory), text, then its normalized resources; or, when the
//! cache holds the file's blob, the stored result and per-resource findings instead.

use std::sync::Arc;

use crate::cache::{Cache, CachedResult, FileEntry};
use crate::load::{FileRef, dir_of};
use crate::normalize::{self, Normalized};
use crate::report::model::ReportError;

pub struct FileOutcome {
    pub display: String,
    pub text: Option<Arc<str>>,
    pub result: Result<Normalized, ReportError>,
    /// The cache key of the file, when a cache is in use.
    pub cache_key: Option<String>,
    /// The cache entry when the file was not read, parsed or evaluated again.
    pub cached: Option<FileEntry>,
}

/// Reads a file through the cache: a hit skips parsing and evaluation.
/// A hit gives the entry's header: the resources project rules read are loaded afterwards, only when
/// their findings are not stored (`evaluate::cached::project_results`).
/// A file is read at most once: for its blob id on a stat-index miss, and the same bytes are parsed.
/// `terraform_context`: for Terraform files, the hash of everything else their results depend on.
pub fn read_file(
    file: &FileRef,
    max_bytes: u64,
    cache: Option<&Cache>,
    terraform_context: Option<&str>,
) -> FileOutcome {
    let meta = match check_size(file, max_bytes) {
        Ok(meta) => meta,
        Err(err) => return failed(file, err),
    };
    let mut loaded: Option<Vec<u8>> = None;
    let mut key = None;
    if let Some(cache) = cache {
        let blob_id = match &file.data {
            Some(data) => Some(crate::git::blob_id(data).to_string()),
            None => cache.blob_id_of_file(&file.path, meta.as_ref(), || {
                loaded = std::fs::read(&file.path).ok();
                loaded.as_deref()
            }),
        };
        let context = terraform_context.filter(|_| is_terraform(file.format));
        // A rendered file's results also depend on the template and the line maps.
        let rendered = file.rendered.as_deref().map(rendered_digest).unwrap_or_default();
        key = blob_id.map(|id| cache.key(&file.display, &format!("{id}{}{rendered}", context.unwrap_or_default())));
        if let Some(entry) = key.as_deref().and_then(|k| cache.load(k)) {
            let result = match &entry.result {
                CachedResult::Resources => Ok(Normalized::Resources { resources: Vec::new() }),
                CachedResult::Skipped(reason) => Ok(Normalized::Skipped { reason: reason.clone() }),
                CachedResult::Error(err) => Err(err.clone()),
            };
            return FileOutcome {
                display: file.display.clone(),
                text: None,
                result,
                cache_key: key,
                cached: Some(entry),
            };
        }
    }
    let bytes: &[u8] = match (&file.data, &loaded) {
        (Some(data), _) => data,
        (None, Some(data)) => data,
        (None, None) => match std::fs::read(&file.path) {
            Ok(data) => {
                loaded = Some(data);
                loaded.as_deref().unwrap_or_default()
            }
            Err(e) => return failed(file, error(file, "io", 1, 1, e.to_string())),
        },
    };
    let outcome = FileOutcome { cache_key: key, ..normalize_bytes(file, bytes) };
    match &file.rendered {
        Some(origin) => located_in_template(outcome, origin),
        None => outcome,
    }
}

/// What a rendered file's results depend on besides its rendering: the template and the line maps.
fn rendered_digest(origin: &crate::load::RenderedFrom) -> String {
    use sha2::Digest as _;
    let mut hash = sha2::Sha256::new();
    hash.update(origin.template.as_bytes());
    hash.update(format!("{:?}", origin.lines).as_bytes());
    for o in origin.origins.iter().flatten() {
        hash.update(format!("{}:{}:{}", o.file, o.line, o.role).as_bytes());
    }
    hex::encode(&hash.finalize()[..12])
}

/// A rendered file's results moved to the template lines they came from, with the template's text
/// (what snippets show).
fn located_in_template(mut outcome: FileOutcome, origin: &crate::load::RenderedFrom) -> FileOutcome {
    let at = |line: usize| origin.line(line);
    match &mut outcome.result {
        Ok(Normalized::Resources { resources }) => {
            for resource in resources {
                for (path, location) in &resource.attributes {
                    if let Some(Some(o)) = origin.origins.get(location.line.saturating_sub(1)) {
                        let written =
                            crate::model::resource::Origin { file: o.file.clone(), line: o.line, role: o.role.into() };
                        resource.origins.insert(path.clone(), written);
                    }
                }
                let (start, end) = (at(resource.location.line), at(resource.location.end_line));
                resource.location.line = start;
                resource.location.end_line = end.max(start);
                for location in resource.attributes.values_mut() {
                    let (start, end) = (at(location.line), at(location.end_line));
                    location.line = start;
                    location.end_line = end.max(start);
                }
                for ignore in &mut resource.inline_ignores {
                    ignore.line = at(ignore.line);
                }
            }
        }
        Ok(_) => {}
        Err(err) => {
            err.line = at(err.line);
            err.message = format!("{} (in the rendered template)", err.message);
        }
    }
    outcome.text = Some(origin.template.clone());
    outcome
}

fn error(file: &FileRef, kind: &str, line: usize, column: usize, message: String) -> ReportError {
    ReportError { kind: kind.into(), file: file.display.clone(), line, column, message, rule_id: None }
}

fn failed(file: &FileRef, err: ReportError) -> FileOutcome {
    FileOutcome { display: file.display.clone(), text: None, result: Err(err), cache_key: None, cached: None }
}

/// Files over the limit are reported, never read (not even to hash them).
/// The file's metadata (for a file on disk), or the error when it is over the size limit.
fn check_size(file: &FileRef, max_bytes: u64) -> Result<Option<std::fs::Metadata>, ReportError> {
    let meta = match &file.data {
        Some(_) => None,
        None => Some(std::fs::metadata(&file.path).map_err(|e| error(file, "io", 1, 1, e.to_string()))?),
    };
    let size = meta.as_ref().map_or_else(|| file.data.as_ref().map_or(0, |d| d.len() as u64), |m| m.len());
    if size > max_bytes {
        let message = format!("file is {size} bytes, over the {max_bytes}-byte limit; not scanned");
        return Err(error(file, "limit", 1, 1, message));
    }
    Ok(meta)
}

/// Decodes and normalizes a file's bytes.
fn normalize_bytes(file: &FileRef, bytes: &[u8]) -> FileOutcome {
    let text = match crate::model::text::decode(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, column) = match e {
                crate::model::text::DecodeError::InvalidUtf8 { line, column } => (line, column),
                _ => (1, 1),
            };
            return failed(file, error(file, "decode", line, column, e.to_string()));
        }
    };
    let result = normalize::normalize(file.format, &file.display, dir_of(&file.display), &text).map_err(|e| {
        // A configurable limit reached (`... (limits.yaml_anchored)`) is a limit, not a syntax error.
        let kind = if e.message.contains("(limits.") { "limit" } else { "parse" };
        error(file, kind, e.line, e.column, e.message)
    });
    FileOutcome { display: file.display.clone(), text: Some(Arc::from(text)), result, cache_key: None, cached: None }
}

/// Whether a file is Terraform: configuration or variable definitions, HCL or JSON.
pub fn is_terraform(format: crate::load::Format) -> bool {
    matches!(
        format,
        crate::load::Format::Terraform
            | crate::load::Format::TerraformJson
            | crate::load::Format::TerraformVars
            | crate::load::Format::TerraformVarsJson
    )
}
