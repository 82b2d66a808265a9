//! Turning `ScanArgs` into engine `ScanOptions`: config discovery and validation.

use std::path::Path;

use miette::{LabeledSpan, MietteDiagnostic, NamedSource};
use std::sync::Arc;
use tollgate_engine::ScanOptions;
use tollgate_engine::config::{self, ConfigError, LoadedConfig};
use tollgate_engine::cost::catalog::Catalog;
use tollgate_engine::cost::estimate::CostContext;
use tollgate_engine::normalize::terraform::{self, Inputs};

use crate::args::ScanArgs;

/// Options for a scan, or the config errors (already printed) that stop it.
/// The result cache (and model answers) directory: `--cache-dir`, else the default; none with `--no-cache`.
pub fn cache_dir(args: &ScanArgs) -> Option<std::path::PathBuf> {
    if args.no_cache { None } else { args.cache_dir.clone().or_else(tollgate_engine::cache::default_dir) }
}

pub fn options(args: &ScanArgs) -> Result<ScanOptions, ()> {
    let mut options = ScanOptions::new(args.paths.clone());
    options.builtin = !args.no_builtin;
    options.policy_paths = args.policies.clone();
    options.conftest_paths = args.conftest_policies.clone();
    options.max_file_size = args.max_file_size;
    options.cache_dir = cache_dir(args);
    options.cache_salt = build_id();
    // Every priced resource carries its estimate into the rules (`input.cost`).
    match Catalog::load(catalog_dir(None).as_deref()) {
        Ok(catalog) => {
            options.cache_salt.push_str(&catalog.digest);
            let context = CostContext { catalog, ..CostContext::default() };
            options.cost = Some(Arc::new(context));
        }
        Err(message) => eprintln!("warning: prices for the rules' input.cost: {message}"),
    }
    options.terraform = terraform_inputs(args)?;
    options.helm_values = helm_values(args)?;
    options.helm_binary = args.helm_binary.clone();
    options.plan = args.plan.clone();
    options.frameworks = args.frameworks.clone();
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
    let download = args.download_modules || options.config.config.modules == Some(config::ModulesMode::Download);
    if download || args.locked {
        let settings = crate::modules::Settings::new(args.cache_dir.clone(), args.locked, args.module_timeout);
        match crate::modules::prepare(&args.paths, &settings) {
            Ok(prepared) => options.terraform.fetched = Some(Arc::new(prepared.fetched)),
            Err(message) => {
                eprintln!("error: {message}");
                return Err(());
            }
        }
    }
    Ok(options)
}

/// `--helm-values` files merged in order, then `--helm-set` paths; a file that does not parse or a
/// malformed path is an error (exit 2) naming it.
fn helm_values(args: &ScanArgs) -> Result<serde_json::Value, ()> {
    if args.helm_values.is_empty() && args.helm_set.is_empty() {
        return Ok(serde_json::Value::Null);
    }
    let mut values = serde_json::Value::Object(Default::default());
    for file in &args.helm_values {
        let text =
            std::fs::read_to_string(file).map_err(|e| eprintln!("error: --helm-values {}: {e}", file.display()))?;
        let docs = tollgate_engine::normalize::yaml_tree::parse_values(&text).map_err(|e| {
            eprintln!(
                "error: --helm-values {}:{}:{}: {}",
                file.display(),
                e.position.line,
                e.position.column,
                e.message
            )
        })?;
        if let Some(doc) = docs.into_iter().next().filter(|d| d.is_object()) {
            config::helm::merge_values(&mut values, &doc);
        }
    }
    for assignment in &args.helm_set {
        tollgate_engine::render::helm::set_path(&mut values, assignment).map_err(|e| eprintln!("error: {e}"))?;
    }
    Ok(values)
}

/// `--var-file`, `--var` and `TF_VAR_` values for root modules.
fn terraform_inputs(args: &ScanArgs) -> Result<Inputs, ()> {
    let mut inputs = Inputs::default();
    let mut env: Vec<(String, String)> =
        std::env::vars().filter_map(|(k, v)| k.strip_prefix("TF_VAR_").map(|name| (name.to_owned(), v))).collect();
    env.sort();
    inputs.env = env;
    for path in &args.var_files {
        let display = path.to_string_lossy().into_owned();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: --var-file {display}: {e}");
                return Err(());
            }
        };
        let parsed = match display.ends_with(".json") {
            true => terraform::parse_vars_json(&display, &text),
            false => terraform::parse_file(&display, &text),
        };
        match parsed {
            Ok(parsed) => inputs.var_files.push(Arc::new(parsed)),
            Err(e) => {
                eprintln!("error: {display}:{}:{}: {}", e.line, e.column, e.message);
                return Err(());
            }
        }
    }
    inputs.order = crate::args::var_order();
    for var in &args.vars {
        match var.split_once('=') {
            Some((name, value)) if !name.trim().is_empty() => {
                inputs.vars.push((name.trim().to_owned(), value.to_owned()))
            }
            _ => {
                eprintln!("error: --var {var}: expected NAME=VALUE");
                return Err(());
            }
        }
    }
    Ok(inputs)
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
    let index = tollgate_engine::model::text::LineIndex::new(&text);
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

/// The catalog directory: `--catalog-dir`, else TOLLGATE_CATALOG_DIR, else `prices/` in the cache
/// directory.
pub fn catalog_dir(explicit: Option<&std::path::PathBuf>) -> Option<std::path::PathBuf> {
    explicit
        .cloned()
        .or_else(|| std::env::var_os("TOLLGATE_CATALOG_DIR").filter(|v| !v.is_empty()).map(std::path::PathBuf::from))
        .or_else(|| tollgate_engine::cache::default_dir().map(|d| d.join("prices")))
}
