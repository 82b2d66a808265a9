//! What one Terraform module (a directory of `.tf` files) declares: variables, locals, resources, data
//! sources, module calls and outputs, each with the file it is written in.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::parse::{Attr, BlockNode, BodyNode, ParsedFile};
use super::types::Type;
use crate::normalize::FileError;

/// A `variable` block.
#[derive(Debug, Clone)]
pub struct Variable {
    pub default: Option<hcl::Expression>,
    pub ty: Option<Type>,
    pub nullable: bool,
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// A `resource` or `data` block.
#[derive(Debug, Clone)]
pub struct ResourceDecl {
    /// `aws_s3_bucket.logs` or `data.aws_iam_policy_document.p`.
    pub key: String,
    pub resource_type: String,
    pub block: BlockNode,
    /// Index of the file in `ModuleConfig::files`.
    pub file: usize,
}

/// A `module` block.
#[derive(Debug, Clone)]
pub struct ModuleCall {
    pub name: String,
    pub source: String,
    pub block: BlockNode,
    pub file: usize,
}

impl ModuleCall {
    /// The literal `version` constraint (empty without one).
    pub fn version(&self) -> String {
        match self.block.body.attribute("version").map(|a| &a.expr) {
            Some(hcl::Expression::String(version)) => version.clone(),
            _ => String::new(),
        }
    }
}

/// A module's declarations.
#[derive(Debug, Default)]
pub struct ModuleConfig {
    /// The module's directory (display path).
    pub dir: String,
    pub files: Vec<Arc<ParsedFile>>,
    pub variables: BTreeMap<String, Variable>,
    /// Local value name to its attribute and file index.
    pub locals: BTreeMap<String, (Attr, usize)>,
    pub resources: Vec<ResourceDecl>,
    pub calls: Vec<ModuleCall>,
    pub outputs: BTreeMap<String, (Attr, usize)>,
    /// `provider` blocks and `variable` blocks with a default (rules judge them: hard-coded credentials),
    /// with their file index.
    pub settings: Vec<(BlockNode, usize)>,
    /// Problems in declarations (a bad type constraint, a name declared twice), located.
    pub errors: Vec<(String, FileError)>,
    /// Where each block name was first declared (file, line).
    declared: BTreeMap<String, (String, usize)>,
}

impl ModuleConfig {
    /// Collects the declarations of a module's `.tf` files; override files (`override.tf`,
    /// `*_override.tf`) come last and merge into the blocks they name, as Terraform merges them.
    pub fn new(dir: &str, files: Vec<Arc<ParsedFile>>) -> ModuleConfig {
        let mut config = ModuleConfig { dir: dir.to_owned(), ..ModuleConfig::default() };
        let is_override = |f: &ParsedFile| {
            let name = f.file.rsplit('/').next().unwrap_or_default();
            let name = name.strip_suffix(".json").unwrap_or(name);
            name == "override.tf" || name.ends_with("_override.tf")
        };
        for (index, file) in files.iter().enumerate().filter(|(_, f)| !is_override(f)) {
            for block in &file.body.blocks {
                config.declare(index, &file.file, block);
            }
        }
        for file in files.iter().filter(|f| is_override(f)) {
            for block in &file.body.blocks {
                config.merge_override(&file.file, block);
            }
        }
        config.files = files;
        config
    }

    /// Merges one block of an override file into the declaration it names.
    fn merge_override(&mut self, file: &str, block: &BlockNode) {
        let labels: Vec<&str> = block.labels.iter().map(String::as_str).collect();
        let merged = match (block.ident.as_str(), labels.as_slice()) {
            ("resource", [ty, name]) => {
                self.resource_mut(&format!("{ty}.{name}")).map(|d| merge_body(&mut d.block.body, &block.body))
            }
            ("data", [ty, name]) => {
                self.resource_mut(&format!("data.{ty}.{name}")).map(|d| merge_body(&mut d.block.body, &block.body))
            }
            ("module", [name]) => self.calls.iter_mut().find(|c| c.name == *name).map(|c| {
                merge_body(&mut c.block.body, &block.body);
                if let Some(hcl::Expression::String(source)) = block.body.attribute("source").map(|a| &a.expr) {
                    c.source = source.clone();
                }
            }),
            ("output", [name]) => self.outputs.get_mut(*name).map(|(attr, _)| {
                if let Some(value) = block.body.attribute("value") {
                    *attr = value.clone();
                }
            }),
            ("variable", [name]) => self.variables.get_mut(*name).map(|v| {
                if let Some(default) = block.body.attribute("default") {
                    v.default = Some(default.expr.clone());
                }
                if let Some(ty) = block.body.attribute("type").and_then(|a| Type::parse(&a.expr).ok()) {
                    v.ty = Some(ty);
                }
            }),
            ("locals", []) => {
                for attr in &block.body.attributes {
                    let index = self.locals.get(&attr.name).map_or(0, |(_, i)| *i);
                    self.locals.insert(attr.name.clone(), (attr.clone(), index));
                }
                Some(())
            }
            _ => Some(()),
        };
        if merged.is_none() {
            let message =
                format!("{} \"{}\" in an override file overrides nothing", block.ident, block.labels.join("."));
            self.errors.push((
                file.to_owned(),
                FileError { message, line: block.location.line, column: block.location.column },
            ));
        }
    }

    fn resource_mut(&mut self, key: &str) -> Option<&mut ResourceDecl> {
        self.resources.iter_mut().find(|r| r.key == key)
    }

    fn declare(&mut self, index: usize, file: &str, block: &BlockNode) {
        let error =
            |message: String, line: usize, column: usize| (file.to_owned(), FileError { message, line, column });
        let key = match (block.ident.as_str(), block.labels.as_slice()) {
            ("resource", [ty, name]) => Some(format!("{ty}.{name}")),
            ("data", [ty, name]) => Some(format!("data.{ty}.{name}")),
            ("variable", [name]) => Some(format!("var.{name}")),
            ("module", [name]) => Some(format!("module.{name}")),
            ("output", [name]) => Some(format!("output.{name}")),
            _ => None,
        };
        if let Some(key) = key {
            let first = self.declared.get(&key).cloned();
            if let Some((first_file, first_line)) = first {
                let message = format!("{key} is declared more than once (first at {first_file}:{first_line})");
                self.errors.push(error(message, block.location.line, block.location.column));
                return;
            }
            self.declared.insert(key, (file.to_owned(), block.location.line));
        }
        match (block.ident.as_str(), block.labels.as_slice()) {
            ("resource", [ty, name]) => self.resources.push(ResourceDecl {
                key: format!("{ty}.{name}"),
                resource_type: ty.clone(),
                block: block.clone(),
                file: index,
            }),
            ("data", [ty, name]) => self.resources.push(ResourceDecl {
                key: format!("data.{ty}.{name}"),
                resource_type: ty.clone(),
                block: block.clone(),
                file: index,
            }),
            ("provider", [_]) => self.settings.push((block.clone(), index)),
            ("variable", [name]) => {
                if block.body.attribute("default").is_some() {
                    self.settings.push((block.clone(), index));
                }
                let ty = match block.body.attribute("type") {
                    Some(attr) => match Type::parse(&attr.expr) {
                        Ok(t) => Some(t),
                        Err(e) => {
                            self.errors.push(error(e, attr.value_at.0, attr.value_at.1));
                            None
                        }
                    },
                    None => None,
                };
                let nullable =
                    !matches!(block.body.attribute("nullable").map(|a| &a.expr), Some(hcl::Expression::Bool(false)));
                self.variables.insert(
                    name.clone(),
                    Variable {
                        default: block.body.attribute("default").map(|a| a.expr.clone()),
                        ty,
                        nullable,
                        file: file.to_owned(),
                        line: block.location.line,
                        column: block.location.column,
                    },
                );
            }
            ("locals", []) => {
                for attr in &block.body.attributes {
                    if self.locals.contains_key(&attr.name) {
                        let message = format!("local value \"{}\" is declared more than once", attr.name);
                        self.errors.push(error(message, attr.location.line, attr.location.column));
                    }
                    self.locals.insert(attr.name.clone(), (attr.clone(), index));
                }
            }
            ("module", [name]) => {
                let source = match block.body.attribute("source").map(|a| &a.expr) {
                    Some(hcl::Expression::String(s)) => s.clone(),
                    _ => {
                        let message = format!("module \"{name}\" needs a literal `source`");
                        self.errors.push(error(message, block.location.line, block.location.column));
                        return;
                    }
                };
                self.calls.push(ModuleCall { name: name.clone(), source, block: block.clone(), file: index });
            }
            ("output", [name]) => {
                if let Some(value) = block.body.attribute("value") {
                    self.outputs.insert(name.clone(), (value.clone(), index));
                }
            }
            _ => {}
        }
    }

    pub fn resource(&self, key: &str) -> Option<&ResourceDecl> {
        self.resources.iter().find(|r| r.key == key)
    }

    pub fn call(&self, name: &str) -> Option<&ModuleCall> {
        self.calls.iter().find(|c| c.name == name)
    }

    /// Whether a source is a local path (`./x`, `../x`), read from the same tree.
    pub fn is_local(source: &str) -> bool {
        source.starts_with("./") || source.starts_with("../") || source == "." || source == ".."
    }
}

/// Override semantics: attributes replace those of the same name; nested blocks replace every block
/// of the same type.
fn merge_body(base: &mut BodyNode, over: &BodyNode) {
    for attr in &over.attributes {
        match base.attributes.iter_mut().find(|a| a.name == attr.name) {
            Some(existing) => *existing = attr.clone(),
            None => base.attributes.push(attr.clone()),
        }
    }
    let replaced: Vec<&str> = over.blocks.iter().map(|b| b.ident.as_str()).collect();
    base.blocks.retain(|b| !replaced.contains(&b.ident.as_str()));
    base.blocks.extend(over.blocks.iter().cloned());
}

/// Joins a module directory and a local source: `envs/prod` + `../../modules/vpc` = `modules/vpc`.
pub fn join_dir(dir: &str, source: &str) -> String {
    let mut parts: Vec<&str> = if dir == "." { Vec::new() } else { dir.split('/').collect() };
    for part in source.trim_end_matches('/').split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    if parts.is_empty() { ".".to_owned() } else { parts.join("/") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_sources_join_their_callers_directory() {
        assert_eq!(join_dir("envs/prod", "../../modules/vpc"), "modules/vpc");
        assert_eq!(join_dir("examples/complete", "../../"), ".");
        assert_eq!(join_dir(".", "./modules/x"), "modules/x");
        assert_eq!(join_dir(".", "../shared"), "../shared");
        assert_eq!(join_dir("/abs/root", "./m"), "/abs/root/m");
    }
}
