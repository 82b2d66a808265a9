//! One rule: its metadata, its Rego engine and the rules (`deny`, `warn`, ...) it exposes. A user's
//! rule is compiled when it is loaded (its errors are reported then); a built-in one (tested by its
//! folder test) only when it first evaluates something, so a run answered from the cache compiles none.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, OnceLock};

use regorus::utils::limits::ExecutionTimerConfig;
use sha2::{Digest, Sha256};

use super::metadata::{self, RuleMeta};
pub(crate) use super::module::add_module;
pub use super::module::{RuleError, located};

/// Where a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Builtin,
    /// A user policy directory (`--policy`, config `policies`, or an override's `policies`).
    User,
}

/// Which Rego rule of a policy produced a result: `deny*`/`violation*` fail, `warn*` warns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryPoint {
    pub path: String,
    pub is_warning: bool,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub meta: RuleMeta,
    /// The policy file, as shown to users (`rules/aws/s3-bucket-public-acl/policy.rego`).
    pub file: String,
    pub package: String,
    pub origin: Origin,
    pub entry_points: Vec<EntryPoint>,
    /// The compiled engine, made once on first use (clones of the rule share it).
    engine: Arc<OnceLock<Result<regorus::Engine, RuleError>>>,
    /// The modules and helper libraries it is compiled from.
    sources: Arc<Sources>,
    /// A hash of every module the rule was compiled from (for cache keys).
    pub source_hash: String,
    /// Whether the rule (or a helper it is compiled with) reads `input.cost`: the scan prices
    /// resources only when a rule does. Found once, when the rule is compiled.
    pub reads_cost: bool,
}

#[derive(Debug)]
struct Sources {
    modules: Vec<(String, String)>,
    libs: Vec<(String, String)>,
}

impl Sources {
    fn compile(&self) -> Result<regorus::Engine, RuleError> {
        let Sources { modules, libs } = self;
        let legacy = modules.iter().chain(libs).any(|(_, source)| is_legacy(source));
        let libs: Vec<&(String, String)> =
            libs.iter().filter(|(name, _)| !modules.iter().any(|(m, _)| m == name)).collect();
        let mut engine = with_libs(legacy, &libs)?;
        for (name, source) in modules {
            add_module(&mut engine, !legacy, name, source)?;
        }
        Ok(engine)
    }
}

/// An engine with the helper libraries loaded: parsed once per process and set of libraries, then
/// cloned (clones share the parsed modules), so 160 rules do not parse and hold the helpers 160 times.
fn with_libs(legacy: bool, libs: &[&(String, String)]) -> Result<regorus::Engine, RuleError> {
    static BASES: OnceLock<std::sync::Mutex<HashMap<String, regorus::Engine>>> = OnceLock::new();
    let mut hasher = Sha256::new();
    hasher.update([u8::from(legacy)]);
    for (name, source) in libs {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(source.as_bytes());
        hasher.update([0]);
    }
    let key = hex::encode(hasher.finalize());
    let bases = BASES.get_or_init(Default::default);
    if let Some(base) = bases.lock().ok().and_then(|b| b.get(&key).cloned()) {
        return Ok(base);
    }
    let mut engine = new_engine(legacy);
    for (name, lib) in libs {
        engine.add_policy(name.clone(), lib.clone()).map_err(|e| located(name, &e))?;
    }
    if let Ok(mut bases) = bases.lock() {
        bases.insert(key, engine.clone());
    }
    Ok(engine)
}

impl Rule {
    /// Compiles the modules of one package (usually one file) with helper modules (`libs`: name and source).
    pub fn compile(modules: &[(String, String)], libs: &[(String, String)], origin: Origin) -> Result<Rule, RuleError> {
        let file = modules.first().map(|(f, _)| f.as_str()).unwrap_or_default();
        let mut package = String::new();
        let mut entry_points = Vec::new();
        let mut meta = None;
        for (module_file, source) in modules {
            package = package_of(source);
            if meta.is_none() && metadata::metadata_block(source).is_some() {
                meta = Some(metadata::parse(source, &package).map_err(|e| RuleError {
                    file: module_file.clone(),
                    line: e.line,
                    column: 1,
                    message: e.message,
                })?);
            }
            for entry in find_entry_points(source, &package) {
                if !entry_points.contains(&entry) {
                    entry_points.push(entry);
                }
            }
        }
        let meta = match meta {
            Some(meta) => meta,
            None => metadata::parse("", &package).map_err(|e| RuleError {
                file: file.to_owned(),
                line: 1,
                column: 1,
                message: e.message,
            })?,
        };
        if entry_points.is_empty() {
            return Err(RuleError {
                file: file.to_owned(),
                line: 1,
                column: 1,
                message: "policy defines no `deny`, `violation` or `warn` rule".into(),
            });
        }
        let mut hasher = Sha256::new();
        for (name, source) in modules.iter().chain(libs) {
            hasher.update(name.as_bytes());
            hasher.update(source.as_bytes());
        }
        let source_hash = hex::encode(&hasher.finalize()[..16]);
        let sources = Arc::new(Sources { modules: modules.to_vec(), libs: libs.to_vec() });
        let rule = Rule {
            meta,
            file: file.to_owned(),
            package,
            origin,
            entry_points,
            engine: Arc::new(OnceLock::new()),
            sources,
            source_hash,
            reads_cost: modules.iter().chain(libs).any(|(_, source)| source.contains("input.cost")),
        };
        // A user's rule is compiled now, and run once on an empty input: parsing does not resolve names
        // or check safety, the dry run reports those errors at load time. The built-in pack is checked
        // this way by its folder tests (every rule's fixtures are scanned), so it compiles on first use.
        if rule.origin != Origin::Builtin {
            let mut engine = rule.engine().map_err(Clone::clone)?.clone();
            engine.set_input(regorus::Value::from(serde_json::json!({})));
            for entry in &rule.entry_points {
                engine.eval_rule(entry.path.clone()).map_err(|e| located(file, &e))?;
            }
        }
        Ok(rule)
    }

    /// Makes rules share one engine compiled from all their modules (each package keeps its own
    /// name, so `eval_rule` still runs one rule): the built-in pack compiles its helper libraries and
    /// analyses its modules once instead of once per rule, and a worker holds one clone of it, not one
    /// per rule. Only for rules whose modules are known to compile together (the built-in pack, whose
    /// folder tests compile each rule).
    pub fn share_engine(rules: &mut [Rule]) {
        let Some(first) = rules.first() else { return };
        let libs = first.sources.libs.clone();
        let modules = rules.iter().flat_map(|r| r.sources.modules.iter().cloned()).collect();
        let sources = Arc::new(Sources { modules, libs });
        let engine = Arc::new(OnceLock::new());
        for rule in rules {
            rule.sources = sources.clone();
            rule.engine = engine.clone();
        }
    }

    /// Identifies the engine a rule runs on: rules that share one have the same key.
    pub fn engine_key(&self) -> usize {
        Arc::as_ptr(&self.engine) as usize
    }

    /// The compiled engine (compiled on the first call).
    pub fn engine(&self) -> Result<&regorus::Engine, &RuleError> {
        self.engine.get_or_init(|| self.sources.compile()).as_ref()
    }

    pub fn applies_to(&self, resource_type: &str) -> bool {
        self.meta.resource_types.is_empty() || self.meta.resource_types.iter().any(|t| t == resource_type)
    }

    /// Whether the rule sees a resource: providers and variables only when it names their type.
    pub fn sees(&self, resource: &crate::model::resource::Resource) -> bool {
        if resource.is_setting() {
            self.meta.resource_types.contains(&resource.resource_type)
        } else {
            self.applies_to(&resource.resource_type)
        }
    }
}

/// Whether a module is written in Rego v0 (`deny[msg] { ... }` without `import rego.v1`).
pub(crate) fn is_legacy(source: &str) -> bool {
    !source.contains("import rego.v1")
        && source.lines().any(|l| {
            let l = l.trim_start();
            let head = l.split('{').next().unwrap_or_default();
            l.ends_with('{')
                && !head.contains(" if")
                && !head.contains(":=")
                && (head.contains('[') || head.trim().chars().all(|c| c.is_alphanumeric() || c == '_'))
        })
}

/// How Conftest-mode policies are compiled: their Rego syntax (`None`: v0 when a module reads as
/// v0, as the pack and `check --conftest-policy` do; `Some(true)`: v0 as `--rego-version v0` says;
/// `Some(false)`: v1 only, Conftest's default) and whether built-in errors are errors
/// (`--show-builtin-errors`) rather than undefined values.
#[derive(Debug, Clone, Copy, Default)]
pub struct RegoOptions {
    pub v0: Option<bool>,
    pub builtin_errors: bool,
    /// OPA's strict mode (`--strict`): the checks of `evaluate::strict` are compile errors.
    pub strict: bool,
}

impl RegoOptions {
    /// With `strict`, every strict-mode error of the modules (name, source), one per line.
    pub fn strict_errors<'a>(&self, modules: impl IntoIterator<Item = &'a (String, String)>) -> Result<(), String> {
        if !self.strict {
            return Ok(());
        }
        let errors: Vec<String> = modules
            .into_iter()
            .flat_map(|(name, source)| {
                super::strict::check(source)
                    .into_iter()
                    .map(move |e| format!("{name}:{}:{}: {}", e.line, e.column, e.message))
            })
            .collect();
        if errors.is_empty() { Ok(()) } else { Err(errors.join("\n")) }
    }

    /// An engine for modules of which some may read as v0 (`legacy`).
    pub(crate) fn engine(&self, legacy: bool) -> regorus::Engine {
        let mut engine = new_engine(self.v0.unwrap_or(legacy));
        engine.set_strict_builtin_errors(self.builtin_errors);
        engine
    }
}

/// A v1 engine, or a v0 engine when a module is legacy (a v0 engine also takes modules that import `rego.v1`).
/// A built-in function given the wrong type (`regex.match` on a null) is undefined, as in OPA and
/// Conftest, not an error: a rule reading an attribute that is null stays silent.
pub(crate) fn new_engine(legacy: bool) -> regorus::Engine {
    let mut engine = regorus::Engine::new();
    engine.set_rego_v0(legacy);
    engine.set_strict_builtin_errors(false);
    limit_time(&mut engine);
    engine
}

/// Bounds one evaluation by the `rule_seconds` limit in force (set again on every engine taken
/// for a run: compiled engines are shared across the process).
pub(crate) fn limit_time(engine: &mut regorus::Engine) {
    if let Some(check_interval) = NonZeroU32::new(64) {
        let limit = crate::model::limits::current().rule_time();
        engine.set_execution_timer_config(ExecutionTimerConfig { limit, check_interval });
    }
}

/// The `deny*`, `violation*` and `warn*` rules a policy defines, found at the start of lines.
pub(crate) fn find_entry_points(source: &str, package: &str) -> Vec<EntryPoint> {
    let mut found: Vec<EntryPoint> = Vec::new();
    for line in source.lines() {
        let name: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        let is_warning = name.starts_with("warn");
        if !(name.starts_with("deny") || name.starts_with("violation") || is_warning) {
            continue;
        }
        let path = format!("data.{package}.{name}");
        if !found.iter().any(|e| e.path == path) {
            found.push(EntryPoint { path, is_warning });
        }
    }
    found
}

/// The package a module declares (`package a.b` gives `a.b`), found without compiling.
pub fn package_of(source: &str) -> String {
    source
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("package "))
        .map(|p| p.split('#').next().unwrap_or_default().trim().to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(name: &str, source: &str) -> (String, String) {
        (name.to_owned(), source.to_owned())
    }

    #[test]
    fn compile_errors_are_located() {
        let err = Rule::compile(
            &[module("bad.rego", "package p\n\ndeny contains msg if {\n  msg := y\n}\n")],
            &[],
            Origin::User,
        )
        .unwrap_err();
        assert_eq!((err.line, err.file.as_str()), (4, "bad.rego"));
        assert!(err.message.contains("unsafe"), "{}", err.message);
    }

    #[test]
    fn legacy_and_v1_policies_compile() {
        let v0 = Rule::compile(
            &[module("a.rego", "package main\n\ndeny[msg] {\n  input.x\n  msg := \"x\"\n}\n")],
            &[],
            Origin::User,
        )
        .unwrap();
        assert_eq!(v0.entry_points[0].path, "data.main.deny");
        let v1 =
            Rule::compile(&[module("b.rego", "package main\n\nwarn_x contains \"w\" if input.y\n")], &[], Origin::User)
                .unwrap();
        assert!(v1.entry_points[0].is_warning);
    }
}
