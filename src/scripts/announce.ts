// One polite live region per page for short confirmations ("Link gekopieerd"), created on first use.
export function announce(text: string): void {
  let region = document.getElementById('copy-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'copy-status';
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = text;
}
