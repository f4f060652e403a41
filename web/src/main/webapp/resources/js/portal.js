/*
 * Repairs of PrimeFaces markup that axe-core reports as WCAG failures, applied when a page loads and after every
 * Ajax update. Loaded as a file (no inline script), so it stays within a Content-Security-Policy without
 * 'unsafe-inline'.
 *
 * A multiple p:autoComplete renders its chosen tokens as <ul role="listbox"> holding focusable <li> items and
 * the text input, which is neither a valid listbox nor named (aria-required-children, listitem,
 * aria-input-field-name). The tokens are a plain list of what was chosen; the input inside keeps its own
 * combobox role, so the list only needs to be a list, named by the field's label.
 */
(function () {
    'use strict';

    function repair() {
        document.querySelectorAll('.ui-autocomplete-multiple-container[role="listbox"]').forEach(function (list) {
            list.setAttribute('role', 'list');
            list.removeAttribute('aria-orientation');
            var input = list.querySelector('input[aria-labelledby]');
            if (input) {
                list.setAttribute('aria-labelledby', input.getAttribute('aria-labelledby'));
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', repair);
    } else {
        repair();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', repair);
    }
})();

/*
 * A plain (non-Faces) form control marked data-k-autosubmit submits its form when its value changes (the dashboard's
 * year). Bound here instead of an onchange attribute, which the Content-Security-Policy forbids.
 */
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        var target = event.target;
        if (target && target.getAttribute && target.getAttribute('data-k-autosubmit') === 'true' && target.form) {
            target.form.submit();
        }
    });
})();
