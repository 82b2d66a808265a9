//! Turning `ScanArgs` into engine `ScanOptions`: config discovery and validation.

use std::path::Path;

use miette::{LabeledSpan, MietteDiagnostic, NamedSource};
use tollgate_engine::ScanOptions;
use tollgate_engine::config::{self, ConfigError, LoadedConfig};

use crate::args::ScanArgs;

/// Options for a scan, or the config errors (already printed) that stop it.
pub fn options(args: &ScanArgs) -> Result<ScanOptions, ()> {
    let mut options = ScanOptions::new(args.paths.clone());
    options.builtin = !args.no_builtin;
    options.policy_paths = args.policies.clone();
    options.max_file_bytes = args.max_file_size;
    options.cache_dir =
        if args.no_cache { None } else { args.cache_dir.clone().or_else(tollgate_engine::cache::default_dir) };
    options.cache_salt = build_id();
    let path = match &args.config {
        Some(path) => Some(path.clone()),
        None => args.paths.first().and_then(|root| config::find(root)),
    };
    if let Some(path) = path {
        match config::load(&path) {
            Ok(loaded) => options.config = loaded,
            Err(errors) => {
                print_config_errors(&path, &errors);
                return Err(());
            }
        }
    } else {
        options.config = LoadedConfig::default();
    }
    Ok(options)
}

/// An id of this binary's build (its size and modification time), so caches never mix builds.
fn build_id() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|meta| {
            let modified = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            format!("{}-{}", meta.len(), modified.map_or(0, |d| d.as_nanos()))
        })
        .unwrap_or_default()
}

fn print_config_errors(path: &Path, errors: &[ConfigError]) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let index = tollgate_engine::text::LineIndex::new(&text);
    for err in errors {
        let key = if err.key.is_empty() { String::new() } else { format!(" (key `{}`)", err.key) };
        let mut diagnostic =
            MietteDiagnostic::new(format!("{}:{}:{}: {}{key}", err.file, err.line, err.column, err.message))
                .with_code("config-error");
        if let Some(start) = index.line_start(err.line) {
            let start = (start + err.column.saturating_sub(1)).min(text.len());
            let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
            diagnostic =
                diagnostic.with_label(LabeledSpan::at(start..end.max(start + 1).min(text.len().max(start)), "here"));
        }
        let report = miette::Report::new(diagnostic).with_source_code(NamedSource::new(err.file.clone(), text.clone()));
        eprintln!("{report:?}");
    }
}
