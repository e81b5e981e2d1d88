/*
 * The nav bar's grouped menus (details elements): one open at a time; a click outside or Escape closes them.
 * Without this script the menus still open and close by their own summary.
 */
document.addEventListener('click', function (event) {
    document.querySelectorAll('details.sigti-menu[open]').forEach(function (menu) {
        if (!menu.contains(event.target)) {
            menu.removeAttribute('open');
        }
    });
});
document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
        document.querySelectorAll('details.sigti-menu[open]').forEach(function (menu) {
            menu.removeAttribute('open');
            menu.querySelector('summary').focus();
        });
    }
});
