//! The Terraform stage of a scan: the parsed `.tf`/`.tfvars` files evaluated together per root module
//! (`normalize::terraform`), their resources handed to the files that own them, and the run's
//! honesty summary. With a cache, a run whose Terraform inputs are all unchanged reuses the stored
//! resources and summary; any change re-evaluates all of it.

use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::cache::Cache;
use crate::load::{FileRef, MemoryFile, dir_of};
use crate::model::resource::Resource;
use crate::normalize::Normalized;
use crate::normalize::terraform::{Inputs, Project, SourceTree};
use crate::report::model::{MissingVariable, ModuleNotEvaluated, ReportError, TerraformSummary, Warning};
use crate::scan::file::{FileOutcome, read_file};

/// What the stage hands back to the scan.
#[derive(Debug, Default)]
pub struct Stage {
    /// Resources by the index of the scanned file that owns them.
    pub by_file: HashMap<usize, Vec<Resource>>,
    pub stored: Stored,
}

/// The parts of a Terraform evaluation that are not resources (stored with a cache, replayed on a hit).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Stored {
    pub summary: Option<TerraformSummary>,
    pub errors: Vec<ReportError>,
    pub warnings: Vec<Warning>,
    /// Files read besides the scanned Terraform (modules elsewhere, `file()`), with a hash of their
    /// text: a stored evaluation is replayed only while they are unchanged.
    pub read: Vec<(String, String)>,
}

pub use super::file::is_terraform;

/// A hash of every input Terraform results depend on: all Terraform files of the scan (a resource
/// can read any file of its module, and modules call each other) and the variable inputs.
pub fn context(files: &[FileRef], cache: &Cache, inputs: &Inputs, extra: &[MemoryFile]) -> String {
    let mut ids: Vec<(String, String)> = files
        .par_iter()
        .filter(|f| is_terraform(f.format))
        .map(|f| {
            let id = match &f.data {
                Some(data) => Some(crate::git::blob_id(data).to_string()),
                None => {
                    let mut bytes = None;
                    cache.blob_id_of_file(&f.path, None, || {
                        bytes = std::fs::read(&f.path).ok();
                        bytes.as_deref()
                    })
                }
            };
            (f.display.clone(), id.unwrap_or_default())
        })
        .collect();
    ids.extend(extra.iter().map(|f| (f.display.clone(), crate::git::blob_id(&f.data).to_string())));
    ids.sort();
    let mut hasher = Sha256::new();
    hasher.update(format!("{ids:?}{:?}{:?}{:?}", inputs.env, inputs.vars, inputs.order).as_bytes());
    if let Some(fetched) = &inputs.fetched {
        hasher.update(fetched.digest().as_bytes());
    }
    for file in &inputs.var_files {
        hasher.update(format!("{}{:?}{:?}", file.file, file.body.attributes.len(), file.json).as_bytes());
        for attr in &file.body.attributes {
            hasher.update(format!("{}={:?}", attr.name, attr.expr).as_bytes());
        }
    }
    hex::encode(&hasher.finalize()[..16])
}

/// Evaluates the scan's Terraform, or replays it from the cache when nothing it depends on changed.
pub fn run(
    files: &[FileRef],
    outcomes: &mut [FileOutcome],
    inputs: &Inputs,
    extra: &[MemoryFile],
    cache: Option<(&Cache, &str)>,
    max_bytes: u64,
    shard: Option<crate::load::Shard>,
) -> Stage {
    let indices: Vec<usize> = (0..files.len()).filter(|i| is_terraform(files[*i].format)).collect();
    if indices.is_empty() {
        return Stage::default();
    }
    let all_cached = indices.iter().all(|i| outcomes[*i].cached.is_some());
    if all_cached && let Some(stored) = cache.and_then(|(c, context)| c.load_extra::<Stored>(&terraform_key(context))) {
        let tree = Tree::new(files, outcomes, extra, inputs);
        if stored.read.iter().all(|(path, hash)| tree.read(path).map(|t| text_hash(&t)).as_deref() == Some(hash)) {
            return Stage { by_file: HashMap::new(), stored };
        }
    }
    // Something changed: every Terraform file is read and evaluated again.
    for &i in &indices {
        if outcomes[i].cached.is_some() {
            let key = outcomes[i].cache_key.take();
            outcomes[i] = FileOutcome { cache_key: key, ..read_file(&files[i], max_bytes, None, None) };
        }
    }
    let parsed: Vec<_> = indices
        .iter()
        .filter_map(|i| match &outcomes[*i].result {
            Ok(Normalized::Terraform(p)) => Some(p.clone()),
            _ => None,
        })
        .collect();
    let tree = Tree::new(files, outcomes, extra, inputs);
    // A shard evaluates its root modules, each with the modules it calls (wherever they lie).
    let owns = |dir: &str| shard.is_none_or(|s| s.owns_dir(dir));
    let evaluation = Project::new(parsed, &tree, inputs).evaluate_owned(&owns);
    let index: HashMap<&str, usize> = indices.iter().map(|i| (files[*i].display.as_str(), *i)).collect();
    let mut by_file: HashMap<usize, Vec<Resource>> = HashMap::new();
    for resource in evaluation.resources.iter().cloned() {
        let owner = index
            .get(resource.file.as_str())
            .or_else(|| resource.module_calls.first().and_then(|c| index.get(c.file.as_str())))
            .copied()
            .unwrap_or(indices[0]);
        by_file.entry(owner).or_default().push(resource);
    }
    let mut stored = Stored::default();
    for (file, e) in &evaluation.errors {
        stored.errors.push(ReportError {
            kind: "terraform".into(),
            file: file.clone(),
            line: e.line,
            column: e.column,
            message: e.message.clone(),
            rule_id: None,
        });
    }
    for failure in inputs.fetched.iter().flat_map(|f| &f.failures) {
        let message = format!("module \"{}\" (source \"{}\"): {}", failure.module, failure.source, failure.reason);
        if failure.refused {
            stored.errors.push(ReportError {
                kind: "terraform".into(),
                file: failure.file.clone(),
                line: failure.line,
                column: 1,
                message,
                rule_id: None,
            });
        } else {
            stored.warnings.push(Warning {
                code: "terraform-module-fetch-failed".into(),
                message,
                file: Some(failure.file.clone()),
                line: Some(failure.line),
            });
        }
    }
    for m in &evaluation.not_evaluated {
        stored.warnings.push(Warning {
            code: "terraform-module-not-evaluated".into(),
            message: format!("{} (source \"{}\") was not evaluated: {}", m.module, m.source, m.reason),
            file: Some(m.file.clone()),
            line: Some(m.line),
        });
    }
    for path in &evaluation.missing_files {
        stored.warnings.push(Warning {
            code: "terraform-file-missing".into(),
            message: format!(
                "\"{path}\" (read by file() or templatefile()) does not exist: values that use it are unknown"
            ),
            file: Some(path.clone()),
            line: None,
        });
    }
    for (name, file, line) in &evaluation.missing_variables {
        stored.warnings.push(Warning {
            code: "terraform-variable-missing".into(),
            message: format!("variable \"{name}\" has no value and no default: values that use it are unknown"),
            file: Some(file.clone()),
            line: Some(*line),
        });
    }
    let unknown_reasons: BTreeMap<String, usize> =
        evaluation.counts.unknown.iter().map(|(why, n)| (why.as_str().to_owned(), *n)).collect();
    let mut summary = TerraformSummary {
        root_modules: evaluation.roots,
        resources: evaluation.resources.iter().filter(|r| !r.is_setting()).count(),
        expressions: evaluation.counts.expressions,
        unknown: unknown_reasons.values().sum(),
        unknown_reasons,
        unsupported_functions: evaluation.unsupported_functions.clone(),
        modules_not_evaluated: evaluation
            .not_evaluated
            .iter()
            .map(|m| ModuleNotEvaluated {
                module: m.module.clone(),
                source: m.source.clone(),
                file: m.file.clone(),
                line: m.line,
                reason: m.reason.clone(),
            })
            .collect(),
        missing_variables: evaluation
            .missing_variables
            .iter()
            .map(|(name, file, line)| MissingVariable { name: name.clone(), file: file.clone(), line: *line })
            .collect(),
    };
    summary.sort_lists();
    stored.summary = Some(summary);
    if let Some((cache, context)) = cache {
        stored.read = evaluation
            .outside_files
            .iter()
            .filter_map(|path| Some((path.clone(), text_hash(&tree.read(path)?))))
            .collect();
        cache.store_extra(&terraform_key(context), &stored);
    }
    Stage { by_file, stored }
}

/// `.tf` and `.tf.json` files make up a module.
fn is_module_file(name: &str) -> bool {
    name.ends_with(".tf") || name.ends_with(".tf.json")
}

fn text_hash(text: &str) -> String {
    hex::encode(&Sha256::digest(text.as_bytes())[..16])
}

fn terraform_key(context: &str) -> String {
    format!("terraform-{context}")
}

/// The files module loading and `file()` can read: the scanned ones first, then memory (a git
/// revision), then the disk (the work tree).
struct Tree {
    texts: HashMap<String, Arc<str>>,
    memory: Option<HashMap<String, Arc<[u8]>>>,
    /// Fetched modules, read from the disk whatever the scan reads (a git revision too).
    fetched: Option<Arc<crate::modules::FetchedModules>>,
}

impl Tree {
    fn new(files: &[FileRef], outcomes: &[FileOutcome], extra: &[MemoryFile], inputs: &Inputs) -> Tree {
        let texts = files
            .iter()
            .zip(outcomes)
            .filter_map(|(f, o)| o.text.as_ref().map(|t| (f.display.clone(), t.clone())))
            .collect();
        // A rendered template's data is its rendering, not a file: it says nothing of where files live.
        let blobs = || files.iter().filter(|f| f.rendered.is_none());
        let in_memory = blobs().any(|f| f.data.is_some()) || !extra.is_empty();
        let memory = in_memory.then(|| {
            blobs()
                .filter_map(|f| f.data.as_ref().map(|d| (f.display.clone(), d.clone())))
                .chain(extra.iter().map(|f| (f.display.clone(), f.data.clone())))
                .collect()
        });
        Tree { texts, memory, fetched: inputs.fetched.clone() }
    }

    /// The in-memory files, unless `path` is in a fetched module (on disk).
    fn memory_for(&self, path: &str) -> Option<&HashMap<String, Arc<[u8]>>> {
        self.memory.as_ref().filter(|_| !self.fetched.as_ref().is_some_and(|f| f.holds(path)))
    }
}

impl SourceTree for Tree {
    fn read(&self, path: &str) -> Option<String> {
        if let Some(text) = self.texts.get(path) {
            return Some(text.to_string());
        }
        match self.memory_for(path) {
            Some(memory) => memory.get(path).map(|d| String::from_utf8_lossy(d).into_owned()),
            None => std::fs::read_to_string(path).ok(),
        }
    }

    fn terraform_files(&self, dir: &str) -> Vec<String> {
        let mut found: Vec<String> = match self.memory_for(&format!("{dir}/")) {
            Some(memory) => memory.keys().filter(|k| dir_of(k) == dir && is_module_file(k)).cloned().collect(),
            None => std::fs::read_dir(Path::new(dir))
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| is_module_file(n))
                .map(|n| if dir == "." { n } else { format!("{dir}/{n}") })
                .collect(),
        };
        found.sort();
        found
    }

    fn complete(&self) -> bool {
        self.memory.is_none()
    }
}
