//! A namespace's Conftest rules compiled once to regorus's RVM bytecode and run per input: the same
//! values as evaluating the package with the interpreter, several times faster. When a policy uses
//! something the compiler does not support, the interpreter is used instead (`compile` gives `None`).

use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::vm::RegoVM;
use serde_json::{Map, Value};

pub struct CompiledNamespace {
    vm: RegoVM,
    /// Rule names, in entry-point order.
    names: Vec<String>,
}

impl CompiledNamespace {
    /// Compiles the rules `names` of `namespace` (`deny*`, `warn*`, `violation*`, `exception`).
    pub fn compile(engine: &mut regorus::Engine, namespace: &str, names: Vec<String>) -> Option<Self> {
        let paths: Vec<String> = names.iter().map(|n| format!("data.{namespace}.{n}")).collect();
        let first = paths.first()?;
        let policy = engine.compile_with_entrypoint(&first.as_str().into()).ok()?;
        let entry_points: Vec<&str> = paths.iter().map(String::as_str).collect();
        let program = Compiler::compile_from_policy(&policy, &entry_points).ok()?;
        let mut vm = RegoVM::new();
        // The same bound per evaluation as the interpreter's (`limits.rule_seconds`), instead of the VM's
        // default of 25,000 instructions, which a loop over a long list in a real policy can exceed.
        vm.set_max_instructions(usize::MAX);
        let limit = crate::model::limits::current().rule_time();
        let check_interval = std::num::NonZeroU32::new(64)?;
        vm.set_execution_timer_config(Some(regorus::utils::limits::ExecutionTimerConfig { limit, check_interval }));
        vm.load_program(program);
        vm.set_data(engine.get_data()).ok()?;
        Some(CompiledNamespace { vm, names })
    }

    /// Every rule's value for one input (undefined rules left out), as the package object would hold them.
    pub fn eval(&mut self, input: regorus::Value) -> Result<Value, String> {
        self.vm.set_input(input);
        let mut package = Map::new();
        for (index, name) in self.names.iter().enumerate() {
            let value = self.vm.execute_entry_point_by_index(index).map_err(|e| format!("data.{name}: {e:#}"))?;
            if value != regorus::Value::Undefined {
                package.insert(name.clone(), serde_json::to_value(&value).map_err(|e| e.to_string())?);
            }
        }
        Ok(Value::Object(package))
    }
}
