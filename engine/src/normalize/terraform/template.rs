//! String templates and heredocs: `"${...}"` interpolations and `%{ if }` / `%{ for }` directives,
//! with Terraform's `~` whitespace stripping.

use hcl::expr::TemplateExpr;
use hcl::template::{Directive, Element, Strip, Template};

use super::eval::{Evaluator, Result};
use super::value::{Val, Why};

/// Evaluates a template expression. A template that is one interpolation (`"${var.list}"`) yields the
/// value itself, as in Terraform.
pub fn eval(ev: &mut Evaluator, expr: &TemplateExpr) -> Result<Val> {
    let template = Template::from_expr(expr).map_err(|e| format!("invalid template: {e}"))?;
    if let [Element::Interpolation(interp)] = template.elements() {
        return ev.eval(&interp.expr);
    }
    let mut out = String::new();
    match render(ev, &template, Strip::None, Strip::None, &mut out)? {
        Some(why) => Ok(Val::Unknown(why)),
        None => Ok(Val::String(out)),
    }
}

/// Renders `template` into `out`; returns why it is unknown, if it is.
fn render(ev: &mut Evaluator, template: &Template, prev: Strip, next: Strip, out: &mut String) -> Result<Option<Why>> {
    let elements = template.elements();
    let len = elements.len();
    for (i, element) in elements.iter().enumerate() {
        let before = if i == 0 { prev } else { strip_of(&elements[i - 1]) };
        let after = if i + 1 == len { next } else { strip_of(&elements[i + 1]) };
        let unknown = match element {
            Element::Literal(text) => {
                out.push_str(strip_literal(text, before, after));
                None
            }
            Element::Interpolation(interp) => match ev.eval(&interp.expr)? {
                Val::Unknown(why) => Some(why),
                value => {
                    out.push_str(&value.as_string()?);
                    None
                }
            },
            Element::Directive(directive) => match directive.as_ref() {
                Directive::If(dir) => match ev.eval(&dir.cond_expr)? {
                    Val::Unknown(why) => Some(why),
                    cond if cond.as_bool()? => {
                        let end = if dir.false_template.is_some() { dir.else_strip } else { dir.endif_strip };
                        render(ev, &dir.true_template, dir.if_strip, end, out)?
                    }
                    _ => match &dir.false_template {
                        Some(t) => render(ev, t, dir.else_strip, dir.endif_strip, out)?,
                        None => None,
                    },
                },
                Directive::For(dir) => {
                    let pairs: Vec<(Val, Val)> = match ev.eval(&dir.collection_expr)? {
                        Val::Unknown(why) => return Ok(Some(why)),
                        Val::List(items) => {
                            items.into_iter().enumerate().map(|(i, v)| (Val::Number(i as f64), v)).collect()
                        }
                        Val::Map(map) => map.into_iter().map(|(k, v)| (Val::String(k), v)).collect(),
                        other => {
                            return Err(format!(
                                "a template for directive cannot iterate over a {}",
                                other.type_name()
                            ));
                        }
                    };
                    let mut unknown = None;
                    for (key, value) in pairs {
                        let mut names = vec![(dir.value_var.to_string(), value)];
                        if let Some(key_var) = &dir.key_var {
                            names.push((key_var.to_string(), key));
                        }
                        let why =
                            ev.with(names, |ev| render(ev, &dir.template, dir.for_strip, dir.endfor_strip, out))?;
                        unknown = unknown.or(why);
                    }
                    unknown
                }
            },
        };
        if unknown.is_some() {
            return Ok(unknown);
        }
    }
    Ok(None)
}

/// The `~` markers of an element: on its start and on its end.
fn strip_of(element: &Element) -> Strip {
    match element {
        Element::Literal(_) => Strip::None,
        Element::Interpolation(interp) => interp.strip,
        Element::Directive(dir) => {
            let (start, end) = match dir.as_ref() {
                Directive::If(d) => (d.if_strip, d.endif_strip),
                Directive::For(d) => (d.for_strip, d.endfor_strip),
            };
            Strip::from((start.strip_start(), end.strip_end()))
        }
    }
}

/// Strips spaces and one line break next to a `~` marker.
fn strip_literal(mut literal: &str, prev: Strip, next: Strip) -> &str {
    let is_space = |c: char| c.is_whitespace() && c != '\r' && c != '\n';
    if prev.strip_end() {
        literal = literal.trim_start_matches(is_space);
        literal = literal.strip_prefix("\r\n").or_else(|| literal.strip_prefix('\n')).unwrap_or(literal);
    }
    if next.strip_start() {
        literal = literal.trim_end_matches(is_space);
        literal = literal.strip_suffix("\r\n").or_else(|| literal.strip_suffix('\n')).unwrap_or(literal);
    }
    literal
}
