//! The state of a Terraform evaluation, as types only: the scanned project, one root module's run
//! (what it loaded, what it met), and module instances with their lazily evaluated parts. The logic
//! lives beside them (`project.rs`, `root.rs`, `instance.rs`, `calls.rs`); keeping the types here
//! lets each of those name the others' types without importing one another in a circle.

use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::{Rc, Weak};
use std::sync::Arc;

use serde::Serialize;

use super::body::Evaluated;
use super::config::{ModuleCall, ModuleConfig};
use super::keys::Keys;
use super::parse::ParsedFile;
use super::value::{Val, Why};
use crate::normalize::FileError;

/// Reads files that are not in the scanned set: modules elsewhere, `.terraform/modules`, `file()`.
pub trait SourceTree: Sync {
    /// The text of a file (display path), if it exists.
    fn read(&self, path: &str) -> Option<String>;
    /// The `.tf` files directly in a directory (display paths).
    fn terraform_files(&self, dir: &str) -> Vec<String>;
    /// Whether every file is there to read (the work tree), or only some (a git revision's changes):
    /// then a file that is not found is unknown, not an error.
    fn complete(&self) -> bool {
        true
    }
}

/// What evaluation takes from outside the scanned files: `-var-file` files, `-var`/`TF_VAR_` values,
/// and the modules fetched before the scan (`--download-modules`).
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Registry, git and archive modules fetched into the cache, by the calls' source and version.
    pub fetched: Option<std::sync::Arc<crate::modules::FetchedModules>>,
    /// `TF_VAR_name` environment variables: (name, value), lowest precedence after defaults.
    pub env: Vec<(String, String)>,
    /// `--var-file` files, parsed, in command-line order.
    pub var_files: Vec<Arc<ParsedFile>>,
    /// `--var name=value`, in command-line order.
    pub vars: Vec<(String, String)>,
    /// How `--var-file` and `--var` were interleaved on the command line: Terraform applies them in
    /// that order, the later winning. Empty: every file, then every `--var`.
    pub order: Vec<CliInput>,
}

/// One `--var-file` (by its index in `var_files`) or `--var` (by its index in `vars`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliInput {
    VarFile(usize),
    Var(usize),
}

/// The scanned Terraform.
pub struct Project<'a> {
    pub modules: HashMap<String, Arc<ModuleConfig>>,
    /// `.tfvars` / `.tfvars.json` files by directory.
    pub var_files: HashMap<String, Vec<Arc<ParsedFile>>>,
    pub tree: &'a dyn SourceTree,
    pub inputs: &'a Inputs,
    /// `variable` blocks already given to the rules (file, line): a module instantiated many times has
    /// one default, judged once.
    pub variables_emitted: std::sync::Mutex<std::collections::HashSet<(String, usize)>>,
}

/// A module call tollgate did not evaluate (its outputs are unknown).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct NotEvaluated {
    /// The call's address (`module.vpc`).
    pub module: String,
    pub source: String,
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// What a root's evaluation met besides resources.
#[derive(Debug, Default)]
pub struct Diagnostics {
    /// (file, error), each reported once.
    pub errors: Vec<(String, FileError)>,
    pub unsupported_functions: BTreeMap<String, usize>,
    pub not_evaluated: BTreeSet<NotEvaluated>,
    /// Root variables with no value and no default: (variable, file, line).
    pub missing_variables: BTreeSet<(String, String, usize)>,
    /// Files `file()`/`templatefile()` asked for that do not exist.
    pub missing_files: BTreeSet<String>,
    /// Files read from outside the scanned set (modules elsewhere, `.terraform/modules`, `file()`).
    pub outside_files: BTreeSet<String>,
}

pub struct RootRun<'p> {
    pub root_dir: String,
    pub project: &'p Project<'p>,
    pub(super) loaded: RefCell<HashMap<String, Option<Arc<ModuleConfig>>>>,
    pub(super) modules_json: OnceCell<HashMap<String, String>>,
    pub diagnostics: RefCell<Diagnostics>,
    /// Module instances created so far (a module that calls itself with `count` must not explode).
    pub module_instances: std::cell::Cell<usize>,
}

pub(super) enum Slot<T> {
    Busy,
    Done(T),
}

/// A resource's evaluated instances.
pub struct Expanded {
    pub keys: Keys,
    /// Address suffix and evaluated body per instance.
    pub items: Vec<(String, Evaluated)>,
}

/// A module call's instances.
pub enum Children<'r> {
    Evaluated {
        keys: Keys,
        items: Vec<Rc<Instance<'r>>>,
    },
    /// The source is not on disk (registry or git, not downloaded), or failed to load.
    NotEvaluated(Why),
}

/// Where a module instance was called from: the `module` block's file and line, and its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSite {
    /// The module block's name (`network`).
    pub name: String,
    /// The instance's address (`module.network[0]`).
    pub address: String,
    pub file: String,
    pub line: usize,
}

/// Where an instance's variables get their values.
pub enum Variables<'r> {
    /// The root module's, set before evaluation (tfvars, `--var`, defaults).
    Given(BTreeMap<String, Val>),
    /// A module instance's: each input is evaluated in the calling instance when first read, so an
    /// input never waits on unrelated ones (one input may read an output that another feeds).
    Call { parent: Weak<Instance<'r>>, call: Box<ModuleCall>, file: String, names: Vec<(String, Val)> },
}

pub struct Instance<'r> {
    pub run: &'r RootRun<'r>,
    pub config: Arc<ModuleConfig>,
    /// `module.a[0].` for a child, empty for the root.
    pub prefix: String,
    pub(super) variables: Variables<'r>,
    pub(super) vars: RefCell<HashMap<String, Slot<Val>>>,
    /// This instance, for its children to reach back.
    pub me: Weak<Instance<'r>>,
    /// Module blocks from the root down to this instance.
    pub calls: Vec<CallSite>,
    pub(super) locals: RefCell<HashMap<String, Slot<Val>>>,
    pub(super) resources: RefCell<HashMap<String, Slot<Option<Rc<Expanded>>>>>,
    pub(super) children: RefCell<HashMap<String, Slot<Rc<Children<'r>>>>>,
    pub(super) outputs: RefCell<HashMap<String, Slot<Val>>>,
    /// Locals being evaluated, innermost last (to name a cycle).
    pub(super) evaluating: RefCell<Vec<String>>,
}
