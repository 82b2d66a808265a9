//! The resources an HCL expression refers to (`aws_s3_bucket.logs.id` refers to `aws_s3_bucket.logs`),
//! so cross-resource rules can join resources before values are known.

use hcl::expr::{Expression, ObjectKey, TraversalOperator};

/// Roots that are not resources.
const NOT_RESOURCES: [&str; 8] = ["var", "local", "each", "count", "path", "self", "terraform", "module"];

/// Appends the addresses `expr` refers to (`type.name`, `data.type.name`, `module.name`).
pub fn collect(expr: &Expression, out: &mut Vec<String>) {
    match expr {
        Expression::Traversal(traversal) => {
            if let Expression::Variable(root) = &traversal.expr {
                let names: Vec<&str> = traversal
                    .operators
                    .iter()
                    .map_while(|op| match op {
                        TraversalOperator::GetAttr(ident) => Some(ident.as_str()),
                        _ => None,
                    })
                    .collect();
                let address = match (root.as_str(), names.as_slice()) {
                    ("module", [name, ..]) => Some(format!("module.{name}")),
                    ("data", [ty, name, ..]) => Some(format!("data.{ty}.{name}")),
                    (root, [name, ..]) if !NOT_RESOURCES.contains(&root) => Some(format!("{root}.{name}")),
                    _ => None,
                };
                if let Some(address) = address.filter(|a| !out.contains(a)) {
                    out.push(address);
                }
            }
            collect(&traversal.expr, out);
        }
        Expression::FuncCall(call) => call.args.iter().for_each(|a| collect(a, out)),
        Expression::Array(items) => items.iter().for_each(|a| collect(a, out)),
        Expression::Object(object) => object.iter().for_each(|(k, v)| {
            if let ObjectKey::Expression(k) = k {
                collect(k, out);
            }
            collect(v, out);
        }),
        Expression::Parenthesis(inner) => collect(inner, out),
        Expression::Conditional(c) => {
            [&c.cond_expr, &c.true_expr, &c.false_expr].into_iter().for_each(|e| collect(e, out))
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_resource_roots() {
        let body: hcl::Body = hcl::from_str(
            "a = [aws_s3_bucket.logs.id, var.x, data.aws_iam_policy_document.p.json, module.vpc.id, local.y]",
        )
        .unwrap();
        let expr = body.attributes().next().unwrap().expr();
        let mut out = Vec::new();
        collect(expr, &mut out);
        assert_eq!(out, ["aws_s3_bucket.logs", "data.aws_iam_policy_document.p", "module.vpc"]);
    }
}
