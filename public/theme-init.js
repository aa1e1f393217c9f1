// Runs before the app so the first paint already has the right theme (no flash of light in dark mode).
// Keep in sync with src/app/theme.ts (storage key and values).
(function () {
  var pref = 'system';
  try {
    pref = localStorage.getItem('kmslab.theme') || 'system';
  } catch (e) {
    /* storage blocked: follow the system */
  }
  var dark = pref === 'dark' || (pref !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
})();
