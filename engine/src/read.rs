//! Reading one file: bytes (from disk or memory), text, then its normalized resources; or, when the
//! cache holds the file's blob, the stored result and per-resource findings instead.

use std::collections::HashSet;
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
/// `project_types`: the resource types project rules read (`None`: all), whose resources must be loaded.
pub fn read_file(
    file: &FileRef,
    max_bytes: u64,
    cache: Option<&Cache>,
    project_types: Option<&HashSet<String>>,
) -> FileOutcome {
    let Some(cache) = cache else { return read_and_normalize(file, max_bytes) };
    let blob_id = match &file.data {
        Some(data) => Some(crate::git::blob_id(data).to_string()),
        None => cache.blob_id_of_file(&file.path, || std::fs::read(&file.path).ok()),
    };
    let key = blob_id.map(|id| cache.key(&file.display, &id));
    let wants_resources = |entry: &FileEntry| {
        entry.heads.iter().any(|h| project_types.is_none_or(|types| types.contains(&h.resource_type)))
    };
    if let Some(entry) = key.as_deref().and_then(|k| cache.load(k, wants_resources)) {
        let result = match &entry.result {
            CachedResult::Resources => Ok(Normalized::Resources { format: "cached", resources: Vec::new() }),
            CachedResult::Skipped(reason) => Ok(Normalized::Skipped { reason: reason.clone() }),
            CachedResult::Error(err) => Err(err.clone()),
        };
        return FileOutcome { display: file.display.clone(), text: None, result, cache_key: key, cached: Some(entry) };
    }
    FileOutcome { cache_key: key, ..read_and_normalize(file, max_bytes) }
}

pub fn read_and_normalize(file: &FileRef, max_bytes: u64) -> FileOutcome {
    let error = |kind: &str, line, column, message: String| ReportError {
        kind: kind.into(),
        file: file.display.clone(),
        line,
        column,
        message,
        rule_id: None,
    };
    let fail = |err| FileOutcome {
        display: file.display.clone(),
        text: None,
        result: Err(err),
        cache_key: None,
        cached: None,
    };
    let size = match (&file.data, std::fs::metadata(&file.path)) {
        (Some(data), _) => data.len() as u64,
        (None, Ok(meta)) => meta.len(),
        (None, Err(e)) => return fail(error("io", 1, 1, e.to_string())),
    };
    if size > max_bytes {
        let message = format!("file is {size} bytes, over the {max_bytes}-byte limit; not scanned");
        return fail(error("limit", 1, 1, message));
    }
    let read;
    let bytes: &[u8] = match &file.data {
        Some(data) => data,
        None => match std::fs::read(&file.path) {
            Ok(data) => {
                read = data;
                &read
            }
            Err(e) => return fail(error("io", 1, 1, e.to_string())),
        },
    };
    let text = match crate::text::decode(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, column) = match e {
                crate::text::DecodeError::InvalidUtf8 { line, column } => (line, column),
                _ => (1, 1),
            };
            return fail(error("decode", line, column, e.to_string()));
        }
    };
    let result = normalize::normalize(file.format, &file.display, dir_of(&file.display), &text)
        .map_err(|e| error("parse", e.line, e.column, e.message));
    FileOutcome { display: file.display.clone(), text: Some(Arc::from(text)), result, cache_key: None, cached: None }
}
