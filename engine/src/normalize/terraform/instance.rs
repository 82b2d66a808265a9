//! One instance of a module (the root, or `module.x[0]` inside it): its variables, and its locals,
//! resources, child modules and outputs evaluated on demand, each once, in whatever order references
//! need them. Something that depends on itself is a cycle: reported once, unknown.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use super::body::{self, Evaluated};
use super::config::{ModuleConfig, ResourceDecl};
use super::evaluator::{Evaluator, Resolver, Result};
use super::frame::{CallSite, Children, Expanded, Instance, RootRun, Slot, Variables};
pub use super::keys::Keys;
use super::parse::BlockNode;
use super::value::{Val, Why};

impl<'r> Instance<'r> {
    pub fn new(
        run: &'r RootRun<'r>,
        config: Arc<ModuleConfig>,
        prefix: String,
        variables: Variables<'r>,
        calls: Vec<CallSite>,
    ) -> Rc<Self> {
        Rc::new_cyclic(|me| Instance {
            run,
            config,
            prefix,
            variables,
            vars: RefCell::default(),
            me: me.clone(),
            calls,
            locals: RefCell::default(),
            resources: RefCell::default(),
            children: RefCell::default(),
            outputs: RefCell::default(),
            evaluating: RefCell::default(),
        })
    }

    /// `var.<name>`.
    pub fn var(&self, name: &str) -> Result<Val> {
        let Some(variable) = self.config.variables.get(name) else {
            return Err(format!("reference to undeclared input variable \"var.{name}\""));
        };
        match &self.variables {
            Variables::Given(values) => Ok(values.get(name).cloned().unwrap_or(Val::Unknown(Why::MissingVariable))),
            Variables::Call { parent, call, file, names } => {
                let cycle = || Val::Unknown(Why::Cycle);
                Ok(self.memo(&self.vars, name, cycle, || {
                    let Some(parent) = parent.upgrade() else {
                        return Val::Unknown(Why::Error);
                    };
                    super::calls::input(&parent, call, file, names, name, variable)
                }))
            }
        }
    }

    pub fn file(&self, index: usize) -> &str {
        &self.config.files[index].file
    }

    /// Runs `f` once per name: `Busy` while it runs (a re-entry is a cycle), then memoized.
    fn memo<T: Clone>(
        &self,
        cell: &RefCell<HashMap<String, Slot<T>>>,
        name: &str,
        cycle: impl FnOnce() -> T,
        f: impl FnOnce() -> T,
    ) -> T {
        match cell.borrow().get(name) {
            Some(Slot::Done(v)) => return v.clone(),
            Some(Slot::Busy) => return cycle(),
            None => {}
        }
        cell.borrow_mut().insert(name.to_owned(), Slot::Busy);
        let value = f();
        cell.borrow_mut().insert(name.to_owned(), Slot::Done(value.clone()));
        value
    }

    pub(super) fn error(&self, file: usize, line: usize, column: usize, message: String) {
        self.run.error(self.file(file), line, column, message);
    }

    pub fn local(&self, name: &str) -> Result<Val> {
        let Some((attr, file)) = self.config.locals.get(name) else {
            return Err(format!("reference to undeclared local value \"local.{name}\""));
        };
        let cycle = || {
            let stack = self.evaluating.borrow();
            let from = stack.iter().position(|n| n == name).unwrap_or(0);
            let chain: Vec<String> =
                stack[from..].iter().chain([&name.to_owned()]).map(|n| format!("local.{n}")).collect();
            let message = format!("local values depend on each other: {}", chain.join(" -> "));
            self.error(*file, attr.location.line, attr.location.column, message);
            Val::Unknown(Why::Cycle)
        };
        Ok(self.memo(&self.locals, name, cycle, || {
            self.evaluating.borrow_mut().push(name.to_owned());
            let value = match Evaluator::new(self).eval(&attr.expr) {
                Ok(v) => v,
                Err(message) => {
                    self.error(*file, attr.value_at.0, attr.value_at.1, message);
                    Val::Unknown(Why::Error)
                }
            };
            self.evaluating.borrow_mut().pop();
            value
        }))
    }

    pub fn output(&self, name: &str) -> Result<Val> {
        let Some((attr, file)) = self.config.outputs.get(name) else {
            return Err(format!("the module has no output \"{name}\""));
        };
        Ok(self.memo(
            &self.outputs,
            name,
            || Val::Unknown(Why::Cycle),
            || match Evaluator::new(self).eval(&attr.expr) {
                Ok(v) => v,
                Err(message) => {
                    self.error(*file, attr.value_at.0, attr.value_at.1, message);
                    Val::Unknown(Why::Error)
                }
            },
        ))
    }

    /// A resource's instances, evaluated once.
    pub fn expanded(&self, decl: &ResourceDecl) -> Option<Rc<Expanded>> {
        self.memo(&self.resources, &decl.key, || None, || Some(Rc::new(self.expand(decl))))
    }

    fn expand(&self, decl: &ResourceDecl) -> Expanded {
        let keys = self.keys(&decl.block, decl.file);
        let items = keys
            .instances()
            .into_iter()
            .map(|(suffix, names)| {
                let mut out = Evaluated::default();
                let mut ev = Evaluator::new(self);
                let value = ev.with(names, |ev| body::evaluate(ev, &decl.block.body, "", &mut out, true));
                out.value = value;
                for (message, line, column) in std::mem::take(&mut out.errors) {
                    self.error(decl.file, line, column, message);
                }
                (suffix, out)
            })
            .collect();
        Expanded { keys, items }
    }

    /// Evaluates `count` / `for_each` of a resource or module block.
    fn keys(&self, block: &BlockNode, file: usize) -> Keys {
        let eval = |name: &str| block.body.attribute(name).map(|a| (a, Evaluator::new(self).eval(&a.expr)));
        let max = crate::model::limits::current().instances;
        if let Some((attr, value)) = eval("count") {
            return match value.and_then(|v| if v.is_unknown() { Ok(v) } else { v.as_number().map(Val::Number) }) {
                Ok(Val::Number(n)) if (0.0..=max as f64).contains(&n) => Keys::Count(n as usize),
                Ok(Val::Number(n)) if n > max as f64 => {
                    let message =
                        format!("count = {n} is more than the {max} instances tollgate expands (limits.instances)");
                    self.error(file, attr.value_at.0, attr.value_at.1, message);
                    Keys::Unknown(Why::Error)
                }
                Ok(Val::Unknown(why)) => Keys::Unknown(why),
                Ok(_) => {
                    self.error(file, attr.value_at.0, attr.value_at.1, "count must not be negative".into());
                    Keys::Unknown(Why::Error)
                }
                Err(message) => {
                    self.error(file, attr.value_at.0, attr.value_at.1, format!("count: {message}"));
                    Keys::Unknown(Why::Error)
                }
            };
        }
        if let Some((attr, value)) = eval("for_each") {
            return match value {
                Ok(Val::Map(map)) => Keys::ForEach(super::value::closed(map).into_iter().collect()),
                Ok(Val::List(items)) => {
                    let mut pairs = Vec::new();
                    for item in items {
                        match item {
                            Val::Unknown(why) => return Keys::Unknown(why),
                            item => match item.as_string() {
                                Ok(k) => pairs.push((k, item)),
                                Err(_) => {
                                    let message = "for_each needs a map or a set of strings".to_owned();
                                    self.error(file, attr.value_at.0, attr.value_at.1, message);
                                    return Keys::Unknown(Why::Error);
                                }
                            },
                        }
                    }
                    pairs.sort_by(|a, b| a.0.cmp(&b.0));
                    pairs.dedup_by(|a, b| a.0 == b.0);
                    Keys::ForEach(pairs.into_iter().map(|(k, _)| (k.clone(), Val::String(k))).collect())
                }
                Ok(Val::Unknown(why)) => Keys::Unknown(why),
                Ok(other) => {
                    let message = format!("for_each needs a map or a set of strings, got a {}", other.type_name());
                    self.error(file, attr.value_at.0, attr.value_at.1, message);
                    Keys::Unknown(Why::Error)
                }
                Err(message) => {
                    self.error(file, attr.value_at.0, attr.value_at.1, format!("for_each: {message}"));
                    Keys::Unknown(Why::Error)
                }
            };
        }
        Keys::Single
    }

    /// What `aws_s3_bucket.b` (or `data.x.y`) means in an expression.
    fn resource_value(&self, key: &str) -> Result<Val> {
        let Some(decl) = self.config.resource(key) else {
            return Err(format!("reference to undeclared resource \"{key}\""));
        };
        Ok(match self.expanded(decl) {
            Some(expanded) => {
                expanded.keys.collect(expanded.items.iter().map(|(_, e)| as_referenced(&e.value)).collect())
            }
            None => Val::Unknown(Why::Cycle),
        })
    }

    /// A module call's instances, created once.
    pub fn children(&self, name: &str) -> Option<Rc<Children<'r>>> {
        let call = self.config.call(name)?;
        let cycle = || Rc::new(Children::NotEvaluated(Why::Cycle));
        Some(self.memo(&self.children, name, cycle, || {
            Rc::new(super::calls::expand(self, call, self.keys(&call.block, call.file)))
        }))
    }

    fn module_value(&self, name: &str, names: &[&str]) -> Result<(Val, usize)> {
        let Some(children) = self.children(name) else {
            return Err(format!("reference to undeclared module \"module.{name}\""));
        };
        Ok(match children.as_ref() {
            Children::NotEvaluated(why) => (Val::Unknown(*why), names.len()),
            Children::Evaluated { keys: Keys::Single, items } if names.len() > 1 => (items[0].output(names[1])?, 2),
            Children::Evaluated { keys, items } => {
                let all = items
                    .iter()
                    .map(|child| {
                        let outputs = child.config.outputs.keys().map(|o| Ok((o.clone(), child.output(o)?)));
                        Ok(Val::Map(outputs.collect::<Result<_>>()?))
                    })
                    .collect::<Result<Vec<_>>>()?;
                (keys.collect(all), 1)
            }
        })
    }
}

/// A resource as other expressions see it: an attribute configured as `null` is one the provider
/// computes, so it is unknown rather than null.
fn as_referenced(values: &BTreeMap<String, Val>) -> Val {
    let map =
        values.iter().map(|(k, v)| (k.clone(), if *v == Val::Null { Val::Unknown(Why::Computed) } else { v.clone() }));
    super::value::open(Val::Map(map.collect()))
}

impl Resolver for Instance<'_> {
    fn resolve(&self, root: &str, names: &[&str]) -> Result<(Val, usize)> {
        let first = names.first().copied();
        let need = |what: &str| format!("\"{root}\" must be followed by {what}");
        match root {
            "var" => {
                let name = first.ok_or_else(|| need("a variable name"))?;
                Ok((self.var(name)?, 1))
            }
            "local" => Ok((self.local(first.ok_or_else(|| need("a local name"))?)?, 1)),
            "module" => self.module_value(first.ok_or_else(|| need("a module name"))?, names),
            "data" => match names {
                [ty, name, ..] => Ok((self.resource_value(&format!("data.{ty}.{name}"))?, 2)),
                _ => Err(need("a data source type and name")),
            },
            "resource" => match names {
                [ty, name, ..] => Ok((self.resource_value(&format!("{ty}.{name}"))?, 2)),
                _ => Err(need("a resource type and name")),
            },
            "path" => match first {
                Some("module") => Ok((Val::str(self.config.dir.clone()), 1)),
                Some("root") | Some("cwd") => Ok((Val::str(self.run.root_dir.clone()), 1)),
                _ => Err(need("module, root or cwd")),
            },
            "terraform" => match first {
                Some("workspace") => Ok((Val::str("default"), 1)),
                _ => Ok((Val::Unknown(Why::Computed), names.len())),
            },
            "count" | "each" => Err(format!("\"{root}\" is only available in a block with {root}")),
            "self" => Ok((Val::Unknown(Why::Computed), names.len())),
            ty => match first {
                Some(name) => Ok((self.resource_value(&format!("{ty}.{name}"))?, 1)),
                None => Err(format!("unknown name \"{ty}\"")),
            },
        }
    }

    fn read_file(&self, path: &str) -> Result<Val> {
        self.run.read_file(path)
    }

    fn unsupported_function(&self, name: &str) {
        self.run.unsupported_function(name);
    }
}
