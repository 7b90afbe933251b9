// Runs first, in the head: marks the page as scripted (so static chart images give way to live charts) and applies
// the remembered theme before anything is painted.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = window.localStorage.getItem('workbook.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) { /* storage may be disabled; the system scheme applies */ }
})();
