//! The evaluation of one root module: the modules it loads, the errors and unknowns it meets, and
//! what it could not evaluate (remote modules not downloaded, functions tollgate lacks).

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;

use super::config::{ModuleConfig, Variable, join_dir};
use super::frame::{CallSite, NotEvaluated, Project, RootRun};
use super::value::{Val, Why};
use crate::normalize::FileError;

impl<'p> RootRun<'p> {
    pub fn new(project: &'p Project<'p>, root_dir: &str) -> Self {
        RootRun {
            root_dir: root_dir.to_owned(),
            project,
            loaded: RefCell::default(),
            modules_json: OnceCell::new(),
            diagnostics: RefCell::default(),
            module_instances: std::cell::Cell::new(0),
        }
    }

    pub fn error(&self, file: &str, line: usize, column: usize, message: String) {
        let error = FileError { message, line, column };
        let mut diagnostics = self.diagnostics.borrow_mut();
        if !diagnostics.errors.iter().any(|(f, e)| f == file && *e == error) {
            diagnostics.errors.push((file.to_owned(), error));
        }
    }

    pub fn unsupported_function(&self, name: &str) {
        *self.diagnostics.borrow_mut().unsupported_functions.entry(name.to_owned()).or_default() += 1;
    }

    pub fn not_evaluated(&self, module: &str, source: &str, file: &str, line: usize) {
        let reason = match &self.project.inputs.fetched {
            Some(_) => "remote source not fetched (see the terraform-module-fetch-failed warning)",
            None => "remote source not downloaded (run `terraform init`, or tollgate with --download-modules)",
        };
        self.diagnostics.borrow_mut().not_evaluated.insert(NotEvaluated {
            module: module.to_owned(),
            source: source.to_owned(),
            file: file.to_owned(),
            line,
            reason: reason.to_owned(),
        });
    }

    /// A variable's default, converted to its type (an error is reported at the variable).
    pub fn default_value(&self, name: &str, variable: &Variable, default: &hcl::Expression) -> Val {
        super::calls::default_value(variable, default).unwrap_or_else(|e| {
            self.error(&variable.file, variable.line, variable.column, format!("variable \"{name}\": default: {e}"));
            Val::Unknown(Why::Error)
        })
    }

    /// The module in `dir`: scanned, or read from the tree once.
    pub fn module(&self, dir: &str) -> Option<Arc<ModuleConfig>> {
        if let Some(config) = self.project.modules.get(dir) {
            return Some(config.clone());
        }
        if let Some(loaded) = self.loaded.borrow().get(dir) {
            return loaded.clone();
        }
        let mut files = Vec::new();
        for path in self.project.tree.terraform_files(dir) {
            self.diagnostics.borrow_mut().outside_files.insert(path.clone());
            let Some(text) = self.project.tree.read(&path) else {
                continue;
            };
            let parsed = match path.ends_with(".tf.json") {
                true => super::json_syntax::parse_tf_json(&path, &text),
                false => super::parse::parse_file(&path, &text),
            };
            match parsed {
                Ok(parsed) => files.push(Arc::new(parsed)),
                Err(e) => self.error(&path, e.line, e.column, e.message),
            }
        }
        let config = (!files.is_empty()).then(|| {
            let config = ModuleConfig::new(dir, files);
            for (file, e) in &config.errors {
                self.error(file, e.line, e.column, e.message.clone());
            }
            Arc::new(config)
        });
        self.loaded.borrow_mut().insert(dir.to_owned(), config.clone());
        config
    }

    /// The directory `terraform init` downloaded a module call to, from `.terraform/modules/modules.json`.
    pub fn downloaded_module_dir(&self, calls: &[CallSite], name: &str) -> Option<String> {
        let index = self.modules_json.get_or_init(|| {
            let path = join_dir(&self.root_dir, ".terraform/modules/modules.json");
            let Some(text) = self.project.tree.read(&path) else {
                return HashMap::new();
            };
            self.diagnostics.borrow_mut().outside_files.insert(path);
            let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            json.get("Modules")
                .and_then(|m| m.as_array())
                .into_iter()
                .flatten()
                .filter_map(|m| Some((m.get("Key")?.as_str()?.to_owned(), m.get("Dir")?.as_str()?.to_owned())))
                .collect()
        });
        let key: Vec<&str> = calls.iter().map(|c| c.name.as_str()).chain([name]).collect();
        index.get(&key.join(".")).map(|dir| join_dir(&self.root_dir, dir))
    }

    /// The directory `--download-modules` fetched a call's module to.
    pub fn fetched_module_dir(&self, call: &super::config::ModuleCall) -> Option<String> {
        let fetched = self.project.inputs.fetched.as_ref()?;
        fetched.dir(&call.source, &call.version()).map(str::to_owned)
    }

    /// Reads a file for `file()`: as a scanned path, else relative to the root module.
    pub fn read_file(&self, path: &str) -> Result<Val, String> {
        let relative = join_dir(&self.root_dir, path);
        for candidate in [path.to_owned(), relative] {
            if let Some(text) = self.project.tree.read(&candidate) {
                self.diagnostics.borrow_mut().outside_files.insert(candidate);
                return Ok(Val::String(text));
            }
        }
        // Files that `file()` reads are often built or generated (not in the repository): unknown, listed.
        if self.project.tree.complete() {
            self.diagnostics.borrow_mut().missing_files.insert(path.to_owned());
        }
        Ok(Val::Unknown(Why::MissingFile))
    }
}
