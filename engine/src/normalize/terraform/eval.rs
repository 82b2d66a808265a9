//! Evaluates one HCL expression the way Terraform would, with unknowns: a reference to something not
//! known until apply (or to tollgate) yields `Val::Unknown`, which propagates instead of failing.

use std::collections::BTreeMap;

use hcl::UnaryOperator;
use hcl::expr::{Expression, ForExpr, ObjectKey, Operation, TraversalOperator};

use super::value::{OPEN, Val, Why, closed};

use super::evaluator::{Evaluator, Result};

impl Evaluator<'_> {
    pub fn eval(&mut self, expr: &Expression) -> Result<Val> {
        Ok(match expr {
            Expression::Null => Val::Null,
            Expression::Bool(b) => Val::Bool(*b),
            Expression::Number(n) => Val::from(n),
            Expression::String(s) => Val::String(s.clone()),
            Expression::Array(items) => Val::List(items.iter().map(|e| self.eval(e)).collect::<Result<_>>()?),
            Expression::Object(object) => {
                let mut map = BTreeMap::new();
                for (key, value) in object.iter() {
                    let key = match key {
                        ObjectKey::Identifier(ident) => ident.to_string(),
                        ObjectKey::Expression(e) => match self.eval(e)? {
                            Val::Unknown(why) => return Ok(Val::Unknown(why)),
                            k => k.as_string()?,
                        },
                        _ => return Err("unsupported object key".into()),
                    };
                    map.insert(key, self.eval(value)?);
                }
                Val::Map(map)
            }
            Expression::TemplateExpr(template) => super::template::eval(self, template)?,
            Expression::Variable(var) => self.root(var.as_str(), &[])?.0,
            Expression::Traversal(traversal) => {
                let (value, used) = match &traversal.expr {
                    Expression::Variable(var) => {
                        let names: Vec<&str> = traversal
                            .operators
                            .iter()
                            .map_while(|op| match op {
                                TraversalOperator::GetAttr(ident) => Some(ident.as_str()),
                                _ => None,
                            })
                            .collect();
                        self.root(var.as_str(), &names)?
                    }
                    other => (self.eval(other)?, 0),
                };
                self.traverse(value, &traversal.operators[used..])?
            }
            Expression::FuncCall(call) => super::functions::call(self, call)?,
            Expression::Parenthesis(inner) => self.eval(inner)?,
            Expression::Conditional(c) => match self.eval(&c.cond_expr)? {
                Val::Unknown(why) => Val::Unknown(why),
                cond => match cond.as_bool()? {
                    true => self.eval(&c.true_expr)?,
                    false => self.eval(&c.false_expr)?,
                },
            },
            Expression::Operation(op) => self.operation(op)?,
            Expression::ForExpr(for_expr) => self.for_expr(for_expr)?,
            _ => return Err("unsupported expression".into()),
        })
    }

    fn root(&mut self, name: &str, names: &[&str]) -> Result<(Val, usize)> {
        match self.binding(name) {
            Some(value) => Ok((value.clone(), 0)),
            None => self.resolver.resolve(name, names),
        }
    }

    /// Applies traversal operators (`.a`, `[0]`, `[*]`) to a value.
    pub fn traverse(&mut self, mut value: Val, operators: &[TraversalOperator]) -> Result<Val> {
        for (i, op) in operators.iter().enumerate() {
            if let Val::Unknown(why) = value {
                return Ok(Val::Unknown(why));
            }
            value = match op {
                TraversalOperator::GetAttr(name) => get_attr(value, name.as_str())?,
                TraversalOperator::Index(index) => {
                    let index = self.eval(index)?;
                    index_value(value, &index)?
                }
                TraversalOperator::LegacyIndex(n) => index_value(value, &Val::Number(*n as f64))?,
                // `[*]` applies every following operator to each element; `.*` only the attribute names
                // right after it, and what follows applies to the resulting list.
                TraversalOperator::AttrSplat | TraversalOperator::FullSplat => {
                    let items = match value {
                        Val::Null => Vec::new(),
                        Val::List(items) => items,
                        other => vec![other],
                    };
                    let rest = &operators[i + 1..];
                    let each = match op {
                        TraversalOperator::FullSplat => rest.len(),
                        _ => rest.iter().take_while(|o| matches!(o, TraversalOperator::GetAttr(_))).count(),
                    };
                    let out =
                        items.into_iter().map(|item| self.traverse(item, &rest[..each])).collect::<Result<_>>()?;
                    return self.traverse(Val::List(out), &rest[each..]);
                }
            };
        }
        Ok(value)
    }

    fn operation(&mut self, op: &Operation) -> Result<Val> {
        match op {
            Operation::Unary(unary) => {
                let value = self.eval(&unary.expr)?;
                if let Val::Unknown(why) = value {
                    return Ok(Val::Unknown(why));
                }
                Ok(match unary.operator {
                    UnaryOperator::Not => Val::Bool(!value.as_bool()?),
                    UnaryOperator::Neg => Val::Number(-value.as_number()?),
                })
            }
            Operation::Binary(binary) => {
                let lhs = self.eval(&binary.lhs_expr)?;
                let rhs = self.eval(&binary.rhs_expr)?;
                super::operators::binary(lhs, binary.operator, rhs)
            }
        }
    }

    fn for_expr(&mut self, f: &ForExpr) -> Result<Val> {
        let pairs: Vec<(Val, Val)> = match self.eval(&f.collection_expr)? {
            Val::Unknown(why) => return Ok(Val::Unknown(why)),
            Val::List(items) => items.into_iter().enumerate().map(|(i, v)| (Val::Number(i as f64), v)).collect(),
            Val::Map(map) => closed(map).into_iter().map(|(k, v)| (Val::String(k), v)).collect(),
            Val::Null => return Err("a for expression cannot iterate over null".into()),
            other => return Err(format!("a for expression cannot iterate over a {}", other.type_name())),
        };
        let mut list = Vec::new();
        let mut map: BTreeMap<String, Val> = BTreeMap::new();
        for (key, value) in pairs {
            let mut names = vec![(f.value_var.to_string(), value)];
            if let Some(key_var) = &f.key_var {
                names.push((key_var.to_string(), key));
            }
            let item = self.with(names, |ev| -> Result<Option<(Option<Val>, Val)>> {
                if let Some(cond) = &f.cond_expr {
                    match ev.eval(cond)? {
                        Val::Unknown(why) => return Ok(Some((None, Val::Unknown(why)))),
                        c if !c.as_bool()? => return Ok(None),
                        _ => {}
                    }
                }
                let key = f.key_expr.as_ref().map(|k| ev.eval(k)).transpose()?;
                Ok(Some((key, ev.eval(&f.value_expr)?)))
            })?;
            match item {
                None => {}
                Some((_, Val::Unknown(why))) if f.cond_expr.is_some() && f.key_expr.is_none() => {
                    list.push(Val::Unknown(why))
                }
                Some((None, value)) => list.push(value),
                Some((Some(Val::Unknown(why)), _)) => return Ok(Val::Unknown(why)),
                Some((Some(key), value)) => {
                    let key = key.as_string()?;
                    if f.grouping {
                        if let Val::List(items) = map.entry(key).or_insert_with(|| Val::List(Vec::new())) {
                            items.push(value);
                        }
                    } else if map.insert(key.clone(), value).is_some() {
                        return Err(format!("duplicate object key \"{key}\" in for expression (use `...` to group)"));
                    }
                }
            }
        }
        Ok(if f.key_expr.is_some() { Val::Map(map) } else { Val::List(list) })
    }
}

/// `value.name`: an object's attribute. A name the object lacks is unknown: resource objects hold only
/// the configured attributes, and the rest (`id`, `arn`) are computed by the provider.
pub fn get_attr(value: Val, name: &str) -> Result<Val> {
    match value {
        Val::Map(mut map) => match map.remove(name) {
            Some(value) => Ok(value),
            None if map.contains_key(OPEN) => Ok(Val::Unknown(Why::Computed)),
            None => Err(format!("the object has no attribute \"{name}\"")),
        },
        Val::Null => Err(format!("cannot read attribute \"{name}\" of a null value")),
        Val::Unknown(why) => Ok(Val::Unknown(why)),
        Val::List(_) => Err(format!("cannot read attribute \"{name}\" of a list; use [*].{name} or an index")),
        other => Err(format!("cannot read attribute \"{name}\" of a {}", other.type_name())),
    }
}

/// `value[index]`.
pub fn index_value(value: Val, index: &Val) -> Result<Val> {
    if let Val::Unknown(why) = index {
        return Ok(Val::Unknown(*why));
    }
    match value {
        Val::List(mut items) => {
            let i = index.as_number()?;
            if i < 0.0 || i.fract() != 0.0 || i as usize >= items.len() {
                return Err(format!("index {} out of range for a list of {}", index.as_string()?, items.len()));
            }
            Ok(items.swap_remove(i as usize))
        }
        // As with attributes: a key a resource's object lacks is one the provider computes.
        Val::Map(mut map) => {
            let key = index.as_string()?;
            match map.remove(&key) {
                Some(value) => Ok(value),
                None if map.contains_key(OPEN) => Ok(Val::Unknown(Why::Computed)),
                None => Err(format!("the map has no element \"{key}\"")),
            }
        }
        Val::Unknown(why) => Ok(Val::Unknown(why)),
        Val::Null => Err("cannot index a null value".into()),
        other => Err(format!("cannot index a {}", other.type_name())),
    }
}
