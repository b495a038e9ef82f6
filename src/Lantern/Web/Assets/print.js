// The briefing's print button (an external script: the content security policy allows no inline handlers).
document.getElementById('print')?.addEventListener('click', () => window.print());
