// The import page: a file over the server's upload limit is refused here, when it is chosen, rather than after the
// browser has sent all of it (the server refuses it too, with the same limit, for any client).
(function () {
    'use strict';
    const input = document.getElementById('upload');
    const message = document.getElementById('upload-too-large');
    if (!input || !message) {
        return;
    }

    const limitMb = Number(input.dataset.maxMegabytes);
    const check = () => {
        const file = input.files && input.files[0];
        const over = file && file.size > limitMb * 1048576;
        const text = over
            ? `This file (${(file.size / 1048576).toFixed(1)} MB) is over the ${limitMb.toLocaleString('en-GB')} MB this server takes: ` +
              'upload it in parts (a year of the download, or one month\'s files), or import it on the server with \'lantern import\'.'
            : '';
        input.setCustomValidity(text);
        message.textContent = text;
        message.hidden = !over;
    };
    input.addEventListener('change', check);
    check();
})();
