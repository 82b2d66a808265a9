//! The evaluator's state and what it asks of the module instance it evaluates in: the names bound by
//! `for` expressions, `dynamic` iterators and template `for` directives, and the `Resolver` that
//! answers every other name. The evaluation itself is in `eval.rs`; this file depends on nothing
//! that evaluates, so functions, templates and types can name the evaluator without a cycle.

use super::value::Val;

/// Looks up what names mean in a module instance.
pub trait Resolver {
    /// The value of the root name `root` (`var`, `local`, `aws_s3_bucket`, `module`, ...) given the
    /// attribute names that follow it; returns the value and how many of those names it used.
    fn resolve(&self, root: &str, names: &[&str]) -> Result<(Val, usize)>;
    /// Reads a file for `file()`/`templatefile()` (`path` as written, relative to the root module):
    /// its text, or unknown when the file is not available to this scan (a partial git revision).
    fn read_file(&self, path: &str) -> Result<Val>;
    /// Records that a function tollgate does not implement was called.
    fn unsupported_function(&self, _name: &str) {}
}

/// An expression evaluator with the local names of `for` expressions, `dynamic` iterators and template
/// `for` directives in scope.
pub struct Evaluator<'a> {
    pub resolver: &'a dyn Resolver,
    pub(super) bindings: Vec<(String, Val)>,
}

/// Results of evaluation.
pub type Result<T> = std::result::Result<T, String>;

impl<'a> Evaluator<'a> {
    pub fn new(resolver: &'a dyn Resolver) -> Self {
        Evaluator { resolver, bindings: Vec::new() }
    }

    /// Evaluates with extra names bound (`each`, `count`, an iterator), then unbinds them.
    pub fn with<T>(&mut self, names: Vec<(String, Val)>, f: impl FnOnce(&mut Self) -> T) -> T {
        let n = names.len();
        self.bindings.extend(names);
        let result = f(self);
        self.bindings.truncate(self.bindings.len() - n);
        result
    }

    /// Whether `name` is a local name here (`each`, `count`, an iterator, a `for` variable).
    pub fn is_bound(&self, name: &str) -> bool {
        self.binding(name).is_some()
    }

    pub(super) fn binding(&self, name: &str) -> Option<&Val> {
        self.bindings.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}
