// The worksheet's "Print the worksheet" button: shown only where it can work (with JavaScript);
// without it the page says to press Ctrl+P, and prints the same.
const button = document.querySelector<HTMLButtonElement>('button[data-print-button]');
if (button && typeof window.print === 'function') {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
