//! Azure estimators, priced from the catalog `tollgate prices update` builds from the Azure Retail
//! Prices API: Linux and Windows virtual machines (pay-as-you-go) and public IP addresses.

use super::Component;
use super::HOURS_PER_MONTH;
use super::estimate::Pricer;

type Estimate = Result<(String, Vec<Component>), String>;

/// Locations as the price API names them (`West Europe` -> `westeurope`).
fn location(p: &Pricer<'_>) -> String {
    p.text("location").map_or_else(|| p.defaults.azure_location.clone(), |l| l.to_lowercase().replace(' ', ""))
}

pub fn estimate(p: &Pricer<'_>) -> Option<Estimate> {
    Some(match p.resource.resource_type.as_str() {
        "azurerm_linux_virtual_machine" => vm(p, "vm_linux"),
        "azurerm_windows_virtual_machine" => vm(p, "vm_windows"),
        "azurerm_public_ip" => public_ip(p),
        _ => return None,
    })
}

fn vm(p: &Pricer<'_>, product: &str) -> Estimate {
    let location = location(p);
    let size = p.text("size").ok_or("`size` is not known statically")?;
    let os = if product == "vm_linux" { "Linux" } else { "Windows" };
    let component =
        p.component(&format!("Virtual machine ({os}, {size})"), HOURS_PER_MONTH, ("azure", product, &size, &location))?;
    Ok((location, vec![component]))
}

fn public_ip(p: &Pricer<'_>) -> Estimate {
    let location = location(p);
    let sku = p.text("sku").unwrap_or_else(|| "Standard".into());
    let allocation = p.text("allocation_method").unwrap_or_else(|| "Static".into());
    let sku_key = format!("{sku}/{allocation}");
    let component = p.component(
        &format!("Public IP ({sku}, {allocation})"),
        HOURS_PER_MONTH,
        ("azure", "public_ip", &sku_key, &location),
    )?;
    Ok((location, vec![component]))
}
