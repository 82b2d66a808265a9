//! What a scan carries from stage to stage (`Run`): each stage reads what earlier ones set and adds
//! its own part. Made from the options with the settings every stage reads (config selection, path
//! globs, limits).

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use globset::GlobSet;

use super::file::FileOutcome;
use super::options::ScanOptions;
use super::terraform::Stage;
use crate::cache::{Cache, HeadDetail};
use crate::config::select::{Selection, path_globs};
use crate::drift::live::Joined;
use crate::evaluate::loaded::LoadedRules;
use crate::evaluate::run::{Evaluation, RawFinding};
use crate::load::Discovery;
use crate::model::limits::Limits;
use crate::model::resource::Resource;
use crate::report::model::{ReportError, SkippedFile};

/// The run so far.
pub(super) struct Run<'a> {
    pub options: &'a ScanOptions,
    /// The config file as errors name it.
    pub config_file: String,
    pub selection: Selection,
    pub limits: Limits,
    pub exclude: GlobSet,
    pub include: Option<GlobSet>,
    /// Every error met so far (config, I/O, parse, Terraform, rules).
    pub errors: Vec<ReportError>,
    // discover
    pub discovery: Discovery,
    pub rules: LoadedRules,
    pub cache: Option<Cache>,
    // read
    /// The resource types project rules read (`None`: every type).
    pub project_types: Option<std::collections::HashSet<String>>,
    /// Where the `--plan` file sits among the files.
    pub plan_index: Option<usize>,
    /// What every Terraform result depends on (cache key part).
    pub terraform_context: Option<String>,
    pub files: Vec<FileOutcome>,
    pub project_digest: Option<String>,
    /// Project-rule findings a cached scan of the same files left.
    pub project_found: Option<Vec<(RawFinding, HeadDetail)>>,
    // terraform
    pub terraform: Stage,
    // collect
    pub resources: Vec<Resource>,
    pub sources: BTreeMap<String, Arc<str>>,
    pub skipped: Vec<SkippedFile>,
    pub files_scanned: usize,
    /// Charts and overlays that did not render, and why.
    pub render_warnings: Vec<crate::report::model::Warning>,
    /// Each file's resources, by index into `resources`.
    pub spans: Vec<Range<usize>>,
    /// Per resource: whether its per-resource results come from the cache.
    pub from_cache: Vec<bool>,
    // live
    pub joined: Option<Joined>,
    // evaluate
    /// Per rule: whether the config gives the `rule_data` keys it reads.
    pub has_data: Vec<bool>,
    pub evaluation: Evaluation,
}

impl<'a> Run<'a> {
    /// A run of `options`, with the settings every stage reads; config errors are kept as errors.
    pub fn new(options: &'a ScanOptions) -> Run<'a> {
        let config = &options.config.config;
        let config_file = options.config.file.clone().unwrap_or_else(|| ".tollgate.yaml".into());
        let mut errors = Vec::new();
        let config_error = |message: String| ReportError {
            kind: "config".into(),
            file: config_file.clone(),
            line: 1,
            column: 1,
            message,
            rule_id: None,
        };
        let base = options.config.base();
        let selection = Selection::new(config, &base).unwrap_or_else(|e| {
            errors.push(config_error(e));
            Selection::default()
        });
        let mut globs = |globs: &[String]| {
            path_globs(globs, &base).unwrap_or_else(|e| {
                errors.push(config_error(e));
                GlobSet::empty()
            })
        };
        let exclude = globs(&config.exclude);
        let include = (!config.include.is_empty()).then(|| globs(&config.include));
        let mut limits = config.limits;
        limits.max_file_size = options.max_file_size.unwrap_or(limits.max_file_size);
        crate::model::limits::set(limits);
        Run {
            options,
            config_file,
            selection,
            limits,
            exclude,
            include,
            errors,
            discovery: Discovery::default(),
            rules: LoadedRules::default(),
            cache: None,
            project_types: None,
            plan_index: None,
            terraform_context: None,
            files: Vec::new(),
            project_digest: None,
            project_found: None,
            terraform: Stage::default(),
            resources: Vec::new(),
            sources: BTreeMap::new(),
            skipped: Vec::new(),
            files_scanned: 0,
            render_warnings: Vec::new(),
            spans: Vec::new(),
            from_cache: Vec::new(),
            joined: None,
            has_data: Vec::new(),
            evaluation: Evaluation::default(),
        }
    }

    /// Whether the project-rule findings come from the cache (the project rules do not run again).
    pub fn project_cached(&self) -> bool {
        self.project_found.is_some()
    }
}
