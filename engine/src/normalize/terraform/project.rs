//! All Terraform in a scan: `.tf` files grouped into modules by directory, the root modules found
//! (directories no other scanned module calls), their variables set with Terraform's precedence, and
//! each root evaluated (in parallel) into resources.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rayon::prelude::*;

use super::config::{ModuleConfig, join_dir};
use super::emit::emit;
use super::frame::{CliInput, Diagnostics, Inputs, Instance, NotEvaluated, Project, RootRun, SourceTree, Variables};
use super::parse::ParsedFile;
use super::types::literal;
use super::value::Counts;
use super::value::{Val, Why};
use crate::load::dir_of;
use crate::model::resource::Resource;
use crate::normalize::FileError;

/// What evaluating the scanned Terraform gave.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub resources: Vec<Resource>,
    pub errors: Vec<(String, FileError)>,
    pub counts: Counts,
    pub unsupported_functions: BTreeMap<String, usize>,
    pub not_evaluated: Vec<NotEvaluated>,
    pub missing_variables: Vec<(String, String, usize)>,
    pub outside_files: BTreeSet<String>,
    pub missing_files: BTreeSet<String>,
    pub roots: usize,
}

impl<'a> Project<'a> {
    /// Groups parsed `.tf` and `.tfvars` files by directory.
    pub fn new(files: Vec<Arc<ParsedFile>>, tree: &'a dyn SourceTree, inputs: &'a Inputs) -> Self {
        let mut by_dir: BTreeMap<String, Vec<Arc<ParsedFile>>> = BTreeMap::new();
        let mut var_files: HashMap<String, Vec<Arc<ParsedFile>>> = HashMap::new();
        for file in files {
            let dir = dir_of(&file.file).to_owned();
            if file.file.ends_with(".tf") || file.file.ends_with(".tf.json") {
                by_dir.entry(dir).or_default().push(file);
            } else {
                var_files.entry(dir).or_default().push(file);
            }
        }
        let modules = by_dir
            .into_iter()
            .map(|(dir, mut files)| {
                files.sort_by(|a, b| a.file.cmp(&b.file));
                let config = ModuleConfig::new(&dir, files);
                (dir, Arc::new(config))
            })
            .collect();
        Project { modules, var_files, tree, inputs, variables_emitted: Default::default() }
    }

    /// Directories that no other scanned module calls with a local source.
    pub fn roots(&self) -> Vec<String> {
        let called: BTreeSet<String> = self
            .modules
            .values()
            .flat_map(|m| {
                m.calls
                    .iter()
                    .filter(|c| ModuleConfig::is_local(&c.source))
                    .map(|c| join_dir(&m.dir, &c.source))
                    .filter(move |d| *d != m.dir)
            })
            .collect();
        let mut roots: Vec<String> = self.modules.keys().filter(|d| !called.contains(*d)).cloned().collect();
        roots.sort();
        roots
    }

    /// Evaluates every root module.
    pub fn evaluate(&self) -> Evaluation {
        self.evaluate_owned(&|_| true)
    }

    /// Evaluates the root modules `owns` takes (a shard's), each with every module it calls; the
    /// errors of a module's own files are reported where `owns` takes its directory.
    pub fn evaluate_owned(&self, owns: &(dyn Fn(&str) -> bool + Sync)) -> Evaluation {
        let mut evaluation = Evaluation::default();
        for config in self.modules.values().filter(|m| owns(&m.dir)) {
            evaluation.errors.extend(config.errors.iter().cloned());
        }
        let mut roots = self.roots();
        roots.retain(|dir| owns(dir));
        evaluation.roots = roots.len();
        let results: Vec<(Vec<Resource>, Counts, Diagnostics)> =
            roots.par_iter().map(|dir| self.evaluate_root(dir)).collect();
        for (resources, counts, diagnostics) in results {
            evaluation.resources.extend(resources);
            evaluation.counts.expressions += counts.expressions;
            for (why, n) in counts.unknown {
                *evaluation.counts.unknown.entry(why).or_default() += n;
            }
            for (name, n) in diagnostics.unsupported_functions {
                *evaluation.unsupported_functions.entry(name).or_default() += n;
            }
            for error in diagnostics.errors {
                if !evaluation.errors.contains(&error) {
                    evaluation.errors.push(error);
                }
            }
            evaluation.not_evaluated.extend(diagnostics.not_evaluated);
            evaluation.missing_variables.extend(diagnostics.missing_variables);
            evaluation.outside_files.extend(diagnostics.outside_files);
            evaluation.missing_files.extend(diagnostics.missing_files);
        }
        evaluation
    }

    fn evaluate_root(&self, dir: &str) -> (Vec<Resource>, Counts, Diagnostics) {
        let run = RootRun::new(self, dir);
        let config = self.modules[dir].clone();
        let vars = self.root_variables(&run, &config);
        let root = Instance::new(&run, config, String::new(), Variables::Given(vars), Vec::new());
        let mut resources = Vec::new();
        let mut counts = Counts::default();
        emit(&root, &mut resources, &mut counts);
        drop(root);
        (resources, counts, run.diagnostics.into_inner())
    }

    /// Root variable values, lowest precedence first: default, `TF_VAR_`, `terraform.tfvars`,
    /// `terraform.tfvars.json`, `*.auto.tfvars(.json)` by name, then `--var-file` and `--var` in the
    /// order the command line gives them.
    fn root_variables(&self, run: &RootRun, config: &ModuleConfig) -> BTreeMap<String, Val> {
        let mut given: BTreeMap<String, (Val, String, usize, usize)> = BTreeMap::new();
        for (name, text) in &self.inputs.env {
            given.insert(name.clone(), (raw_value(text), "TF_VAR_".into(), 1, 1));
        }
        let mut auto: Vec<&Arc<ParsedFile>> = self.var_files.get(&config.dir).into_iter().flatten().collect();
        auto.retain(|f| {
            let name = f.file.rsplit('/').next().unwrap_or_default();
            matches!(name, "terraform.tfvars" | "terraform.tfvars.json")
                || name.ends_with(".auto.tfvars")
                || name.ends_with(".auto.tfvars.json")
        });
        auto.sort_by_key(|f| {
            let name = f.file.rsplit('/').next().unwrap_or_default().to_owned();
            let rank = match name.as_str() {
                "terraform.tfvars" => 0,
                "terraform.tfvars.json" => 1,
                _ => 2,
            };
            (rank, name)
        });
        for file in auto {
            for (name, value, line, column) in var_file_values(run, file) {
                given.insert(name, (value, file.file.clone(), line, column));
            }
        }
        let inputs = self.inputs;
        let order: Vec<CliInput> = if inputs.order.is_empty() {
            let files = (0..inputs.var_files.len()).map(CliInput::VarFile);
            files.chain((0..inputs.vars.len()).map(CliInput::Var)).collect()
        } else {
            inputs.order.clone()
        };
        for input in order {
            match input {
                CliInput::VarFile(i) => {
                    let Some(file) = inputs.var_files.get(i) else { continue };
                    for (name, value, line, column) in var_file_values(run, file) {
                        given.insert(name, (value, file.file.clone(), line, column));
                    }
                }
                CliInput::Var(i) => {
                    let Some((name, text)) = inputs.vars.get(i) else { continue };
                    given.insert(name.clone(), (raw_value(text), "--var".into(), 1, 1));
                }
            }
        }
        let mut vars = BTreeMap::new();
        for (name, variable) in &config.variables {
            let value = match (given.remove(name), &variable.default) {
                (Some((value, file, line, column)), _) => match &variable.ty {
                    Some(ty) => ty.convert(value).unwrap_or_else(|e| {
                        run.error(&file, line, column, format!("variable \"{name}\": {e}"));
                        Val::Unknown(Why::Error)
                    }),
                    None => value,
                },
                (None, Some(default)) => run.default_value(name, variable, default),
                (None, None) => {
                    let entry = (name.clone(), variable.file.clone(), variable.line);
                    run.diagnostics.borrow_mut().missing_variables.insert(entry);
                    Val::Unknown(Why::MissingVariable)
                }
            };
            vars.insert(name.clone(), value);
        }
        vars
    }
}

/// Values of a `.tfvars` (HCL) or `.tfvars.json` file, with their positions.
fn var_file_values(run: &RootRun, file: &ParsedFile) -> Vec<(String, Val, usize, usize)> {
    if let Some(serde_json::Value::Object(map)) = &file.json {
        return map.iter().map(|(k, v)| (k.clone(), Val::from_json(v), 1, 1)).collect();
    }
    let mut out = Vec::new();
    for attr in &file.body.attributes {
        match literal(&attr.expr) {
            Ok(value) => out.push((attr.name.clone(), value, attr.value_at.0, attr.value_at.1)),
            Err(e) => run.error(&file.file, attr.value_at.0, attr.value_at.1, e),
        }
    }
    out
}

/// A `--var` or `TF_VAR_` value: HCL when it is a list or an object (`["a","b"]`, `{ k = "v" }`),
/// otherwise the string itself (type constraints convert it later).
fn raw_value(text: &str) -> Val {
    match text.trim_start().starts_with(['[', '{']) {
        true => parse_value(text).unwrap_or_else(|| Val::String(text.to_owned())),
        false => Val::String(text.to_owned()),
    }
}

fn parse_value(text: &str) -> Option<Val> {
    let body: hcl::Body = hcl::from_str(&format!("v = {text}")).ok()?;
    literal(body.attributes().next()?.expr()).ok()
}
