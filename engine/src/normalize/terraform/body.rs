//! A block body to a value: attributes evaluated, nested blocks as lists of objects (as in Terraform's
//! JSON plan), `dynamic` blocks expanded with their iterator, with every attribute's location and the
//! resources each attribute refers to.

use std::collections::BTreeMap;

use hcl::expr::{Expression, ObjectKey, TraversalOperator};

use super::evaluator::Evaluator;
use super::parse::{BlockNode, BodyNode};
use super::value::{Val, Why};
use crate::model::resource::{Location, child_path, index_path};

/// Meta-arguments of `resource`, `data` and `module` blocks: not part of the resource's values.
pub const META: [&str; 7] = ["count", "for_each", "depends_on", "provider", "providers", "source", "version"];
const META_BLOCKS: [&str; 4] = ["lifecycle", "provisioner", "connection", "precondition"];

/// An evaluated body.
#[derive(Debug, Default)]
pub struct Evaluated {
    pub value: BTreeMap<String, Val>,
    pub attributes: BTreeMap<String, Location>,
    /// Attribute path to the (unprefixed) references written in it: `aws_s3_bucket.b`, with the index
    /// when the expression gives a known one (`aws_s3_bucket.b[0]`).
    pub references: BTreeMap<String, Vec<String>>,
    /// Errors: message and the value's line and column.
    pub errors: Vec<(String, usize, usize)>,
    /// Attributes evaluated, and those whose value stayed (partly) unknown, with why.
    pub expressions: usize,
    pub unknown: Vec<Why>,
}

/// Evaluates a resource or module body (meta-arguments left out) into `out`.
pub fn evaluate(
    ev: &mut Evaluator,
    body: &BodyNode,
    path: &str,
    out: &mut Evaluated,
    top: bool,
) -> BTreeMap<String, Val> {
    let mut map = BTreeMap::new();
    for attr in &body.attributes {
        if top && META.contains(&attr.name.as_str()) {
            continue;
        }
        let attr_path = child_path(path, &attr.name);
        out.attributes.insert(attr_path.clone(), attr.location.clone());
        let value = match ev.eval(&attr.expr) {
            Ok(v) => v,
            Err(message) => {
                out.errors.push((message, attr.value_at.0, attr.value_at.1));
                Val::Unknown(Why::Error)
            }
        };
        out.expressions += 1;
        if let Some(why) = value.unknown_reason() {
            out.unknown.push(why);
        }
        let refs = references(ev, &attr.expr);
        if !refs.is_empty() {
            out.references.insert(attr_path, refs);
        }
        map.insert(attr.name.clone(), value);
    }
    for block in &body.blocks {
        if top && META_BLOCKS.contains(&block.ident.as_str()) {
            continue;
        }
        match (block.ident.as_str(), block.labels.first()) {
            ("dynamic", Some(name)) => dynamic(ev, block, name, path, out, &mut map),
            (ident, _) => {
                let block_path = child_path(path, ident);
                let index = push_len(&mut map, ident);
                out.attributes.entry(block_path.clone()).or_insert_with(|| block.location.clone());
                let item_path = index_path(&block_path, index);
                out.attributes.insert(item_path.clone(), block.location.clone());
                let value = evaluate(ev, &block.body, &item_path, out, false);
                push(&mut map, ident, Val::Map(value));
            }
        }
    }
    map
}

/// `dynamic "name" { for_each = ..., iterator = it, content { ... } }`: one block per element.
fn dynamic(
    ev: &mut Evaluator,
    block: &BlockNode,
    name: &str,
    path: &str,
    out: &mut Evaluated,
    map: &mut BTreeMap<String, Val>,
) {
    let block_path = child_path(path, name);
    out.attributes.entry(block_path.clone()).or_insert_with(|| block.location.clone());
    let Some(for_each) = block.body.attribute("for_each") else {
        out.errors.push(("a dynamic block needs for_each".into(), block.location.line, block.location.column));
        return;
    };
    let iterator = match block.body.attribute("iterator").map(|a| &a.expr) {
        Some(Expression::Variable(v)) => v.to_string(),
        _ => name.to_owned(),
    };
    let Some(content) = block.body.blocks("content").next() else {
        return;
    };
    out.expressions += 1;
    let pairs: Vec<(Val, Val)> = match ev.eval(&for_each.expr) {
        Ok(Val::List(items)) => items.into_iter().enumerate().map(|(i, v)| (Val::Number(i as f64), v)).collect(),
        Ok(Val::Map(m)) => super::value::closed(m).into_iter().map(|(k, v)| (Val::String(k), v)).collect(),
        Ok(Val::Null) => Vec::new(),
        Ok(Val::Unknown(why)) => {
            out.unknown.push(why);
            map.insert(name.to_owned(), Val::Unknown(why));
            return;
        }
        Ok(other) => {
            let message = format!("dynamic \"{name}\": for_each needs a collection, got a {}", other.type_name());
            out.errors.push((message, for_each.value_at.0, for_each.value_at.1));
            return;
        }
        Err(message) => {
            out.errors.push((message, for_each.value_at.0, for_each.value_at.1));
            map.insert(name.to_owned(), Val::Unknown(Why::Error));
            return;
        }
    };
    for (key, value) in pairs {
        let index = push_len(map, name);
        let item_path = index_path(&block_path, index);
        out.attributes.insert(item_path.clone(), content.location.clone());
        let it = Val::Map(BTreeMap::from([("key".to_owned(), key), ("value".to_owned(), value)]));
        let value = ev.with(vec![(iterator.clone(), it)], |ev| evaluate(ev, &content.body, &item_path, out, false));
        push(map, name, Val::Map(value));
    }
}

fn push_len(map: &mut BTreeMap<String, Val>, name: &str) -> usize {
    match map.get(name) {
        Some(Val::List(items)) => items.len(),
        _ => 0,
    }
}

fn push(map: &mut BTreeMap<String, Val>, name: &str, value: Val) {
    match map.entry(name.to_owned()).or_insert_with(|| Val::List(Vec::new())) {
        Val::List(items) => items.push(value),
        other => *other = Val::List(vec![value]),
    }
}

/// Roots that are not resources.
const NOT_RESOURCES: [&str; 8] = ["var", "local", "each", "count", "path", "self", "terraform", "module"];

/// The resources an expression refers to, with known indexes (`aws_s3_bucket.b[0]`).
pub fn references(ev: &mut Evaluator, expr: &Expression) -> Vec<String> {
    let mut out = Vec::new();
    collect(ev, expr, &mut out, &mut Vec::new());
    out
}

/// `locals`: names a `for` expression binds around the part being walked.
fn collect(ev: &mut Evaluator, expr: &Expression, out: &mut Vec<String>, locals: &mut Vec<String>) {
    let mut add = |address: String| {
        if !out.contains(&address) {
            out.push(address);
        }
    };
    match expr {
        Expression::Traversal(traversal) => {
            if let Expression::Variable(root) = &traversal.expr
                && !ev.is_bound(root.as_str())
                && !locals.iter().any(|l| l == root.as_str())
            {
                let ops = &traversal.operators;
                let name = |i: usize| match ops.get(i) {
                    Some(TraversalOperator::GetAttr(n)) => Some(n.as_str()),
                    _ => None,
                };
                let (base, next) = match (root.as_str(), name(0), name(1)) {
                    ("module", Some(m), _) => (Some(format!("module.{m}")), 1),
                    ("data", Some(t), Some(n)) => (Some(format!("data.{t}.{n}")), 2),
                    (r, Some(n), _) if !NOT_RESOURCES.contains(&r) => (Some(format!("{r}.{n}")), 1),
                    _ => (None, 0),
                };
                if let Some(base) = base {
                    let key = match ops.get(next) {
                        Some(TraversalOperator::Index(index)) => ev.eval(index).ok(),
                        Some(TraversalOperator::LegacyIndex(n)) => Some(Val::Number(*n as f64)),
                        _ => None,
                    };
                    add(match key {
                        Some(Val::Number(n)) => format!("{base}[{}]", n as i64),
                        Some(Val::String(k)) => format!("{base}[{}]", serde_json::Value::String(k)),
                        _ => base,
                    });
                }
            }
            collect(ev, &traversal.expr, out, locals);
            for op in &traversal.operators {
                if let TraversalOperator::Index(index) = op {
                    collect(ev, index, out, locals);
                }
            }
        }
        Expression::FuncCall(call) => call.args.iter().for_each(|a| collect(ev, a, out, locals)),
        Expression::Array(items) => items.iter().for_each(|a| collect(ev, a, out, locals)),
        Expression::Object(object) => object.iter().for_each(|(k, v)| {
            if let ObjectKey::Expression(k) = k {
                collect(ev, k, out, locals);
            }
            collect(ev, v, out, locals);
        }),
        Expression::Parenthesis(inner) => collect(ev, inner, out, locals),
        Expression::Conditional(c) => {
            [&c.cond_expr, &c.true_expr, &c.false_expr].into_iter().for_each(|e| collect(ev, e, out, locals))
        }
        Expression::Operation(op) => match op.as_ref() {
            hcl::expr::Operation::Unary(u) => collect(ev, &u.expr, out, locals),
            hcl::expr::Operation::Binary(b) => {
                collect(ev, &b.lhs_expr, out, locals);
                collect(ev, &b.rhs_expr, out, locals);
            }
        },
        Expression::ForExpr(f) => {
            collect(ev, &f.collection_expr, out, locals);
            let bound = locals.len();
            locals.push(f.value_var.to_string());
            locals.extend(f.key_var.as_ref().map(|k| k.to_string()));
            for e in [Some(&f.value_expr), f.key_expr.as_ref(), f.cond_expr.as_ref()].into_iter().flatten() {
                collect(ev, e, out, locals);
            }
            locals.truncate(bound);
        }
        Expression::TemplateExpr(t) => {
            if let Ok(template) = hcl::template::Template::from_expr(t) {
                for element in template.elements() {
                    if let hcl::template::Element::Interpolation(i) = element {
                        collect(ev, &i.expr, out, locals);
                    }
                }
            }
        }
        _ => {}
    }
}
