# Lab Konkurensi — teks bahasa Indonesia (bahasa utama).
# Istilah mengikuti ../shared/GLOSARIUM.md. Setiap kunci juga harus ada di en/main.ftl
# (diuji oleh tests/locales.rs). Markup prosa: `kode`, _istilah_, **tebal**,
# "## " untuk judul, "- " untuk daftar (lihat src/model/prose.rs).

## Kerangka aplikasi

app-title = Lab Konkurensi
app-tagline = Belajar konkurensi di Python lewat demo yang berjalan langsung di peramban Anda.
skip-to-content = Langsung ke isi
nav-label = Halaman
nav-beranda = Beranda
nav-asyncio = asyncio
nav-threading = threading
nav-multiprocessing = multiprocessing
nav-celery = Celery
nav-bandingkan = Bandingkan
lang-switch = English
lang-switch-label = English: ganti bahasa halaman ke bahasa Inggris
explanation-title = Penjelasan
demo-title = Demo langsung
footer-text = Semua angka di halaman ini diukur di peramban Anda, kecuali yang diberi keterangan hasil model atau hasil pengukuran di CPython.
prerender-loading = Memuat demo… Penjelasan di atas sudah bisa dibaca; demonya aktif begitu kodenya selesai dimuat.
prerender-failed = Demo gagal dimuat. Penjelasan di atas tetap bisa dibaca; periksa koneksi internet, lalu muat ulang halaman.

## Parameter

params-title = Parameter beban kerja
params-none = Halaman ini tidak punya parameter. Pilih salah satu demo di menu untuk mencobanya sendiri.
param-tasks = Jumlah tugas
param-io_ms = Waktu tunggu I/O per tugas (ms)
param-cpu_ms = Waktu kerja CPU per tugas (ms)
param-jitter = Variasi acak (± %)
param-seed = Benih acak (_seed_)
param-limit = Batas konkurensi (0 = tanpa batas)
param-timeout_ms = Batas waktu per tugas (ms, 0 = tanpa batas)
param-blocking = Panggilan yang memblokir (`time.sleep`)
param-threads = Jumlah thread
param-gil = Dengan GIL
param-switch_ms = Interval peralihan (ms)
param-workers = Jumlah proses worker
param-chunksize = Ukuran potongan (`chunksize`)
param-kernel = Jenis kerja CPU
param-race_threads = Jumlah thread
param-race_n = Penambahan per thread
param-race_lock = Pakai `threading.Lock`
choice-kernel-primes = Menghitung bilangan prima
choice-kernel-mandelbrot = Petak Mandelbrot
choice-kernel-hash = Rantai hash
toggle-on = Ya
toggle-off = Tidak

## Demo yang belum selesai


## Tautan berbagi

share-title = Tautan berbagi
share-help = Tautan ini membuka halaman yang sama dengan parameter yang sama.
share-copy = Salin tautan
share-copied = Tautan sudah disalin.
share-copy-failed = Peramban tidak mengizinkan penyalinan otomatis. Pilih tautan di atas, lalu salin secara manual.

## Pemberitahuan tentang tautan

notice-title = Tautan ini kami sesuaikan
notice-unknown-page = Halaman “{ $given }” tidak ada, jadi kami membuka Beranda.
notice-unknown-version = Versi tautan “{ $given }” tidak dikenal; tautan dibaca sebagai versi 1.
notice-unknown-lang = Bahasa “{ $given }” tidak tersedia, jadi kami memakai pilihan bahasa Anda sendiri.
notice-unknown-key = Parameter `{ $key }` tidak dikenal di halaman ini dan diabaikan.
notice-invalid = Nilai “{ $given }” untuk `{ $key }` tidak dapat dibaca, jadi kami memakai nilai bawaan.
notice-clamped = Nilai { $given } untuk `{ $key }` di luar rentang yang diizinkan, jadi kami memakai { $used }.
notice-rounded = Nilai { $given } untuk `{ $key }` dibulatkan menjadi { $used }.
notice-too-long = Tautan ini terlalu panjang, jadi kami memotongnya: hanya { $read } karakter pertama yang dibaca, sisanya diabaikan.
notice-too-many = Tautan ini memuat terlalu banyak parameter, jadi kami memotongnya: hanya { $read } parameter pertama yang dibaca, sisanya diabaikan.
notice-more = …dan { $count } lainnya.

## Panel kemampuan peramban

cap-title = Kemampuan peramban ini
cap-isolated-yes = Halaman ini terisolasi lintas-origin (cross-origin isolated): memori bersama untuk thread tersedia.
cap-isolated-no = Halaman ini tidak terisolasi lintas-origin, jadi peramban menonaktifkan memori bersama (SharedArrayBuffer).
cap-cores = Peramban melaporkan { $n } inti prosesor.
cap-pool-idle = Belum ada Web Worker yang berjalan. Web Worker baru dinyalakan saat sebuah halaman demo membutuhkannya, atau saat Anda menekan tombol uji di bawah.
cap-pool-preparing = Menyiapkan Web Worker: halaman ini dimuat ulang satu kali agar peramban mengizinkan memori bersama. Demo yang Anda jalankan sekarang akan berjalan setelah halaman dimuat ulang.
cap-pool-starting = Memulai { $n } Web Worker…
cap-pool-ready = { $n } Web Worker siap dalam { $ms }.
cap-pool-unavailable = Kumpulan thread tidak tersedia, jadi demo paralel (threading dan multiprocessing) tidak bisa berjalan di sini. Demo asyncio dan semua penjelasan tetap bisa dipakai.
cap-pool-failed = Kumpulan thread gagal dimulai: { $reason }
cap-why =
    Peramban hanya memberikan memori bersama kepada halaman yang dikirim dengan dua _header_ HTTP:
    `Cross-Origin-Opener-Policy: same-origin` dan `Cross-Origin-Embedder-Policy: require-corp`.
    Jalankan `make serve`, atau sajikan folder `dist/` dengan server yang mengirim kedua header itu
    (misalnya `node scripts/serve.mjs dist`).
cap-smoke-run = Uji Web Worker
cap-smoke-running = Menghitung bilangan prima di semua Web Worker…
cap-smoke-done = Uji selesai: { $primes } bilangan prima di bawah { $limit }, dihitung oleh { $used } Web Worker dalam { $ms }.

## Beranda

beranda-title = Konkurensi di Python
beranda-lead = Bagaimana sebuah program mengerjakan banyak hal sekaligus, dan kapan cara itu memang membuatnya lebih cepat.
beranda-prose-1 = ## Apa itu konkurensi?
beranda-prose-2 = **Konkurensi** adalah cara menyusun program agar beberapa tugas bisa berjalan
    secara bersamaan, atau _seolah-olah_ bersamaan. Selagi satu tugas menunggu jawaban dari internet
    atau menunggu data dari _disk_, tugas lain tetap bisa berjalan. Program tidak perlu menunggu satu
    tugas selesai sebelum memulai tugas berikutnya.
beranda-prose-3 =
    Bayangkan seorang barista yang bekerja sendirian. Sambil menunggu mesin menyeduh kopi pertama,
    ia mencatat pesanan kedua, lalu memanaskan susu untuk pesanan ketiga. Pekerjanya tetap hanya
    satu orang, tetapi tidak ada waktu yang terbuang untuk sekadar berdiri menunggu mesin. Itulah
    konkurensi.
beranda-prose-4 = ## Konkurensi bukan paralelisme
beranda-prose-5 = **Paralelisme** berarti beberapa tugas dikerjakan tepat pada saat yang sama,
    masing-masing di inti prosesor yang berbeda. Dalam contoh kedai kopi tadi, paralelisme berarti
    ada dua barista yang bekerja bersamaan. Konkurensi adalah soal _menyusun_ pekerjaan, sedangkan
    paralelisme soal _mengerjakannya_ sekaligus. Program konkuren bisa berjalan di satu inti saja;
    paralelisme butuh lebih dari satu inti.
beranda-prose-6 = ## I/O-bound atau CPU-bound?
beranda-prose-7 =
    - _I/O-bound_ (terikat I/O): tugas yang sebagian besar waktunya habis untuk menunggu, misalnya meminta data dari internet, membaca atau menulis berkas, atau mengirim kueri ke basis data. Selama menunggu, prosesor nyaris menganggur.
    - _CPU-bound_ (terikat CPU): tugas yang sibuk menghitung, misalnya mencari bilangan prima atau mengolah jutaan baris data dengan perulangan Python. Prosesor bekerja penuh sepanjang waktu.
beranda-prose-8 =
    Jenis tugas inilah yang menentukan pendekatan mana yang tepat. Untuk menunggu banyak hal
    sekaligus, satu inti sudah cukup; perhitungan hanya bisa dipercepat dengan menambah inti yang
    bekerja paralel.
beranda-prose-9 = ## Peta empat pendekatan di Python
beranda-prose-10 =
    - **asyncio**: satu _event loop_ (perulangan peristiwa) menjalankan banyak korutin (_coroutine_) dengan `async`/`await`. Sangat hemat untuk tugas I/O-bound seperti server web dan bot.
    - **threading**: beberapa _thread_ (benang) dalam satu proses berbagi memori, tetapi GIL (_Global Interpreter Lock_) hanya mengizinkan satu thread menjalankan kode Python pada satu waktu. Cocok untuk tugas I/O-bound dan untuk fungsi C yang melepas GIL (misalnya `hashlib`, `zlib`, NumPy), tetapi tidak mempercepat perhitungan dalam Python murni.
    - **multiprocessing**: beberapa proses, masing-masing dengan interpreter Python dan GIL sendiri, sehingga perhitungan dalam Python murni pun bisa berjalan paralel.
    - **Celery**: pustaka untuk mengirim tugas ke antrean; _worker_ Celery, yaitu program terpisah yang bisa berjalan di mesin lain, mengambil tugas itu dan mengerjakannya di latar belakang.
beranda-prose-11 =
    Di halaman asyncio, threading, multiprocessing, dan Celery, penjelasannya disajikan berdampingan
    dengan demo yang berjalan di peramban Anda. Ubah parameternya, tekan **Jalankan**, lalu amati apa
    yang sebenarnya terjadi. Halaman **Bandingkan** membantu Anda memilih pendekatan yang tepat.
beranda-behind-1 =
    Peramban bukan CPython. Di situs ini, thread dan proses diperankan oleh _Web Worker_, dan kode
    yang sebenarnya berjalan adalah Rust yang dikompilasi ke WebAssembly. Aturan yang ditirunya,
    misalnya GIL, `asyncio.Semaphore`, dan cara `Pool.map` membagi tugas, diambil dari CPython.
beranda-behind-2 =
    Setiap halaman demo punya kotak seperti ini, yang menjelaskan bagian mana yang sama dengan Python
    dan bagian mana yang berbeda. Program Python di setiap halaman bisa Anda jalankan sendiri untuk
    membandingkan hasilnya.
beranda-summary =
    - Konkurensi adalah soal menyusun banyak tugas; paralelisme adalah soal mengerjakannya sekaligus di beberapa inti.
    - Tugas I/O-bound lebih banyak menunggu: asyncio atau threading sudah cukup, bahkan di satu inti.
    - Karena ada GIL, kerja CPU dalam Python murni hanya bisa dipercepat dengan beberapa proses (multiprocessing).
    - Fungsi C yang melepas GIL, misalnya di NumPy, `hashlib`, dan `zlib`, bisa berjalan paralel walaupun dipanggil dari thread.

## asyncio

asyncio-title = asyncio
asyncio-lead = Korutin yang bergiliran di satu event loop.
asyncio-prose-1 =
    Modul `asyncio` adalah bagian dari pustaka standar Python untuk menulis program berbasis
    _event loop_ (perulangan peristiwa) dengan `async` dan `await`. Tugas I/O-bound bisa menunggu
    secara efisien tanpa memblokir seluruh program, sehingga asyncio sangat cocok untuk aplikasi
    jaringan seperti server web atau bot.
asyncio-prose-2 = ## Event loop dan korutin
asyncio-prose-3 =
    Fungsi yang ditulis dengan `async def` adalah fungsi korutin (_coroutine_). Memanggilnya belum
    menjalankan isinya. Misalnya, jika `ambil` ditulis dengan `async def`, `ambil()` hanya
    menghasilkan sebuah objek korutin. Isinya baru berjalan setelah objek itu ditunggu dengan
    `await` atau dijadwalkan sebagai tugas, misalnya dengan `asyncio.create_task` atau
    `asyncio.gather`. Lupa menulis `await` adalah kesalahan klasik pemula. Gejalanya: tugas itu
    diam-diam tidak pernah berjalan, dan Python hanya menampilkan peringatan
    `RuntimeWarning: coroutine 'ambil' was never awaited`.
asyncio-prose-4 =
    `await` hanya menjeda korutin jika yang ditunggunya belum siap, misalnya `asyncio.sleep`, data
    dari jaringan, _lock_ yang sedang dipegang, atau antrean yang masih kosong. Saat itulah korutin
    menyerahkan kendali ke event loop, yang lalu menjalankan korutin lain yang sudah siap. Jika yang
    ditunggu bisa langsung selesai, misalnya korutin yang tidak menunggu apa pun, `await` berjalan
    seperti pemanggilan fungsi biasa dan tidak memberi giliran kepada korutin lain. Menunggu dengan
    cara ini hampir gratis: 10.000 korutin yang masing-masing menunggu `asyncio.sleep(0.1)` selesai
    bersama-sama dalam hitungan ratusan milidetik, bukan 1.000 detik. Di mesin uji kami, CPython 3.11
    dan 3.13 membutuhkan 0,18–0,45 detik.
asyncio-prose-5 = ## Satu panggilan yang memblokir membekukan semuanya
asyncio-prose-6 =
    Event loop hanya bisa berpindah tugas ketika korutin yang sedang berjalan berhenti di sebuah
    `await` yang memang harus menunggu. Jika sebuah korutin menjalankan sesuatu yang memblokir,
    misalnya `time.sleep` atau perhitungan berat, tidak ada tugas lain yang bisa berjalan sampai
    panggilan itu selesai. Gunakan `await asyncio.sleep` dan pustaka I/O yang mendukung `async`.
    Untuk fungsi yang memblokir dan tidak punya versi `async`, pakai `await asyncio.to_thread(fungsi)`
    (atau `loop.run_in_executor`): fungsi itu berjalan di thread lain, sehingga event loop tetap
    bebas melayani tugas lain. Perhitungan dalam Python murni tidak menjadi lebih cepat dengan cara
    ini, karena thread itu tetap membutuhkan GIL; yang Anda dapatkan hanyalah event loop yang tetap
    responsif. Untuk mempercepat perhitungan, kirim pekerjaannya ke proses lain, misalnya dengan
    `ProcessPoolExecutor`.
asyncio-prose-7 =
    - `asyncio.gather` menjalankan banyak korutin bersamaan dan menunggu semuanya selesai.
    - `asyncio.TaskGroup` (sejak Python 3.11) adalah cara yang kini dianjurkan: tugas-tugas dibuat di dalam blok `async with`, dan jika satu tugas gagal, tugas lainnya dibatalkan.
    - `asyncio.Semaphore` membatasi berapa banyak tugas yang boleh berjalan sekaligus, misalnya agar server tujuan tidak kewalahan.
    - `asyncio.wait_for` menetapkan batas waktu (_timeout_) untuk satu korutin; jika batas itu terlewati, korutin dibatalkan. Sejak Python 3.11, `async with asyncio.timeout(...)` membatasi waktu seluruh blok kode.
asyncio-prose-8 = ## Pembatalan
asyncio-prose-9 =
    Membatalkan tugas di asyncio berarti memunculkan `CancelledError` di dalam korutin, tepat di
    titik `await` tempat korutin itu sedang menunggu. Jadi, pembatalan hanya bisa terjadi saat
    korutin sedang menunggu: korutin yang sedang menjalankan `time.sleep` atau perhitungan berat
    tidak bisa dihentikan sampai panggilan itu selesai. Hal yang sama berlaku untuk
    `asyncio.wait_for`: batas waktunya baru bisa memotong tugas setelah event loop kembali mendapat
    giliran.
asyncio-prose-10 = ## Cara membaca demo ini
asyncio-prose-11 =
    - Baris **event loop** menunjukkan kapan event loop sibuk menjalankan kode tugas (kerja CPU atau panggilan yang memblokir). Selama baris itu kosong, event loop bebas melayani tugas lain.
    - Setiap baris berikutnya mewakili satu tugas (atau sekelompok tugas jika jumlahnya banyak): abu-abu saat belum berjalan, biru muda saat menunggu I/O dengan `await`, jingga saat memblokir, dan biru tua saat memakai CPU.
    - **Keterlambatan event loop** diukur dengan detak yang meminta giliran setiap 10 ms. Jika detak itu terlambat 300 ms, berarti selama 300 ms tidak ada yang bisa berjalan, termasuk pembaruan tampilan halaman ini.
asyncio-behind-1 =
    Halaman ini juga punya event loop, yaitu event loop peramban. Setiap `await` dalam kode Rust yang
    harus menunggu, misalnya menunggu pewaktu (_timer_), menyerahkan kendali ke event loop peramban,
    seperti di asyncio. Bedanya, event loop peramban juga harus menggambar halaman, sehingga tugas
    yang memblokir di sini ikut membekukan tampilan.
asyncio-behind-2 =
    Seperti asyncio, demo ini menyimpan semua tenggat `sleep` dalam satu antrean yang diurutkan
    menurut waktu, dan hanya memasang satu pewaktu peramban untuk tenggat yang paling awal. Karena
    itu, 10.000 tugas yang masing-masing menunggu 100 ms bisa selesai dalam waktu yang tidak jauh
    lebih lama daripada 100 ms. Bedanya dengan Python: waktu tunggu di sini berupa jeda pewaktu di
    peramban, bukan permintaan jaringan, dan kode tugasnya adalah Rust yang dikompilasi ke
    WebAssembly.
asyncio-example-intro = Sepuluh korutin yang masing-masing menunggu 1 detik, dijalankan bersamaan dengan `asyncio.gather`. Inilah program asyncio terkecil yang biasa muncul di buku pelajaran; program di bawah demo adalah versi lengkapnya.
asyncio-example-1 = menunggu tanpa memblokir event loop
asyncio-example-2 = [0, 1, ..., 9] setelah sekitar 1 detik, bukan 10 detik
asyncio-predict-waves = Ada 100 tugas yang masing-masing menunggu 300 ms, dengan `asyncio.Semaphore(20)`: paling banyak 20 tugas berjalan sekaligus. Berapa lama sampai semuanya selesai?
asyncio-predict-waves-300ms = sekitar 0,3 detik: semuanya menunggu bersamaan
asyncio-predict-waves-1500ms = sekitar 1,5 detik: lima gelombang, masing-masing 20 tugas
asyncio-predict-waves-30s = sekitar 30 detik: satu per satu
asyncio-predict-waves-measured = Terukur di peramban Anda: semuanya selesai dalam { $value }.
asyncio-predict-waves-why = Semaphore hanya membiarkan 20 tugas masuk sekaligus; tugas ke-21 baru masuk setelah ada yang selesai. Jadi 100 tugas berjalan dalam 100 / 20 = 5 gelombang × 300 ms ≈ 1,5 detik. Dalam uji kami, program yang sama di CPython 3.10–3.13 selesai dalam 1,52–1,58 detik.
asyncio-predict-wait-for = Ada 10 tugas × 100 ms dengan `asyncio.Semaphore(2)`, dan setiap tugas dibungkus `asyncio.wait_for(..., 0.25)`. Apakah waktu mengantre di Semaphore ikut dihitung dalam batas waktu 250 ms itu?
asyncio-predict-wait-for-counts = ya: tugas yang terlalu lama mengantre melewati batas waktu
asyncio-predict-wait-for-not-counted = tidak: setiap tugas mendapat 250 ms penuh setelah gilirannya tiba, jadi semuanya selesai
asyncio-predict-wait-for-measured = Terukur di peramban Anda: { $value } dari 10 tugas melewati batas waktu.
asyncio-predict-wait-for-why = `wait_for` mulai menghitung saat dipanggil, bukan saat tugas mendapat giliran, karena `async with sem` ada di dalam korutin yang dibatasinya. Gelombang pertama dan kedua selesai pada 100 dan 200 ms, sedangkan gelombang ketiga baru akan selesai pada 300 ms, jadi enam tugas dibatalkan pada 250 ms. CPython 3.10–3.13 memberi hasil yang sama: 4 selesai, 6 melewati batas waktu. Jika yang ingin dibatasi hanya pekerjaannya, letakkan `wait_for` (atau `asyncio.timeout`) di dalam `async with sem`.
asyncio-myth-parallel = “asyncio menjalankan korutin secara paralel di beberapa inti.” Keliru: satu event loop menjalankan satu korutin pada satu waktu, jadi 10 × 50 ms kerja CPU tetap butuh sekitar 500 ms.
asyncio-myth-sleep = “`time.sleep` di dalam korutin sama saja dengan `await asyncio.sleep`.” Keliru: `time.sleep` menahan seluruh event loop, jadi lima panggilan `time.sleep` selama 100 ms berjalan satu per satu, bukan bersamaan.
asyncio-myth-many = “Menjalankan 10.000 tugas yang menunggu butuh waktu ribuan kali lebih lama daripada satu tugas.” Keliru: penantian dengan `await` berlangsung bersamaan, jadi 10.000 × 100 ms selesai dalam ratusan milidetik (CPython: 0,18–0,45 detik).
asyncio-summary =
    - `async def` membuat korutin; isinya baru berjalan setelah ditunggu dengan `await` atau dijadwalkan sebagai tugas.
    - Korutin hanya bergantian di `await` yang memang harus menunggu; satu panggilan yang memblokir menahan semuanya.
    - `asyncio.gather` atau `TaskGroup` menjalankan banyak tugas sekaligus, `Semaphore` membatasi jumlahnya, dan `wait_for` atau `asyncio.timeout` memberi batas waktu, termasuk waktu mengantre di dalamnya.
    - asyncio tidak mempercepat perhitungan: fungsi yang memblokir bisa dipindahkan ke thread dengan `asyncio.to_thread`, sedangkan perhitungan berat perlu proses lain.

## threading

threading-title = threading
threading-lead = Thread yang berbagi memori dan bergiliran memegang GIL.
threading-prose-1 =
    Modul `threading` membuat beberapa _thread_ (benang) yang berjalan bersamaan di dalam satu
    proses. Thread-thread ini berbagi memori yang sama, sehingga mudah bertukar data. Namun, di
    CPython biasa, GIL (_Global Interpreter Lock_) hanya mengizinkan satu thread menjalankan kode
    Python pada satu waktu.
threading-prose-2 = ## Mengapa GIL ada?
threading-prose-3 =
    GIL melindungi struktur data internal interpreter, misalnya penghitung referensi setiap objek,
    dengan satu _lock_ (kunci) besar. Cara ini sederhana dan cepat untuk program dengan satu thread,
    tetapi akibatnya kode Python murni dari beberapa thread tidak pernah berjalan paralel. Lain
    halnya dengan fungsi yang ditulis dalam C: selama bekerja tanpa menyentuh objek Python, fungsi
    itu boleh melepas GIL. Contohnya `hashlib` untuk data besar, `zlib`, `bz2`, `lzma`, NumPy, dan
    sebagian besar operasi Pillow. Selama fungsi seperti itu berjalan, thread lain bisa menjalankan
    kode Python di inti yang lain. Sebaliknya, fungsi C yang tidak melepas GIL, misalnya
    `sum(range(30_000_000))`, menahan semua thread lain sampai fungsi itu selesai.
threading-prose-4 =
    - Thread harus memegang GIL untuk menjalankan kode Python (bagian CPU dari sebuah tugas).
    - Saat menunggu I/O, misalnya `time.sleep`, soket, atau berkas, thread melepaskan GIL, sehingga thread lain bisa berjalan.
    - Thread yang ingin mendapatkan GIL menunggu dulu selama satu interval peralihan (_switch interval_). Nilai bawaannya 5 ms (lihat `sys.getswitchinterval()`). Jika GIL belum juga dilepas, barulah thread itu meminta pemegangnya melepaskan GIL.
    - Pemegang GIL hanya memeriksa permintaan itu di titik-titik tertentu, misalnya saat memanggil fungsi atau saat perulangan melompat kembali ke awal, dan melepaskan GIL di titik pertama yang ditemuinya setelah permintaan datang. Panggilan C yang panjang dan tidak melepas GIL bisa menahannya jauh lebih lama daripada 5 ms.
    - Sistem operasilah yang menentukan thread mana yang mendapat GIL berikutnya. Demo ini menyerahkannya menurut urutan antre (siapa datang lebih dulu, dilayani lebih dulu); itu pilihan model, bukan jaminan CPython.
threading-prose-5 =
    Akibatnya, threading cocok untuk tugas I/O-bound: empat thread yang menunggu bisa selesai hampir
    empat kali lebih cepat daripada satu thread. Untuk perhitungan dalam Python murni, threading
    tidak membantu: empat thread yang menghitung tidak lebih cepat daripada satu thread.
threading-prose-6 = ## Python tanpa GIL
threading-prose-7 =
    Sejak Python 3.13, CPython juga tersedia dalam _build_ khusus yang _free-threaded_ (tanpa GIL,
    PEP 703). Build ini dipasang terpisah dan punya nama sendiri, misalnya `python3.13t`; `python3`
    yang biasa tetap memakai GIL. Di Python 3.13 statusnya masih eksperimental; sejak Python 3.14
    build ini didukung secara resmi (PEP 779), tetapi belum menjadi bawaan. Tanpa GIL, thread-thread
    bisa menjalankan kode Python secara paralel di beberapa inti, dan race condition jauh lebih mudah
    muncul. Modul ekstensi C yang belum dinyatakan aman tanpa GIL akan menyalakan kembali GIL saat
    diimpor; `sys._is_gil_enabled()` memberi tahu apakah GIL sedang aktif. Mesin uji kami hanya
    memiliki CPython dengan GIL, jadi keterangan tentang build _free-threaded_ di sini bersumber dari
    dokumentasi Python, bukan dari pengukuran kami.
threading-prose-8 = ## Race condition dan lock
threading-prose-9 =
    Berbagi memori ada harganya. `counter += 1` bukan satu langkah, melainkan tiga: baca, tambah,
    tulis, dan Python tidak menjamin ketiganya berjalan tanpa disela. Jika thread lain menyela di
    antara baca dan tulis, semua penambahan yang dibuatnya selama jeda itu tertimpa. Inilah
    _race condition_ (kondisi balapan). Di CPython 3.10–3.13 dengan GIL, `counter += 1` biasa
    memang jarang sekali disela, karena GIL hanya berpindah di titik tertentu, misalnya saat
    memanggil fungsi: dalam uji kami, 4 thread × 1.000.000 penambahan tidak kehilangan satu pun
    pembaruan. Namun, itu efek samping cara kerja interpreter, bukan jaminan. Begitu ada satu
    pemanggilan fungsi di antara baca dan tulis, 40–70% pembaruan hilang dalam uji yang sama; di
    build _free-threaded_, tabrakan bisa terjadi di mana saja. Solusinya adalah lock seperti
    `threading.Lock`, yang memastikan hanya satu thread yang menjalankan bagian itu pada satu waktu.
threading-prose-10 = ## Cara membaca demo ini
threading-prose-11 =
    - Baris **GIL** menunjukkan thread mana yang memegang GIL dari waktu ke waktu; setiap pergantian warna menandai satu kali GIL berpindah tangan.
    - Setiap thread punya barisnya sendiri: biru tua saat menjalankan kode Python (memegang GIL), kuning saat menunggu GIL, dan biru muda saat menunggu I/O (GIL dilepas).
    - Setiap tugas terdiri atas bagian I/O (misalnya mengunduh), lalu bagian CPU (misalnya mengolah hasil unduhan). Setiap kali Anda menekan **Jalankan**, halaman mengukur keduanya: sekali secara berurutan, sekali dengan thread.
threading-prose-12 =
    Coba contoh **Campuran I/O dan CPU**: thread yang baru selesai menunggu I/O harus kembali antre
    untuk mendapatkan GIL di belakang thread-thread yang sedang menghitung, kadang sampai satu
    interval peralihan penuh. Inilah _convoy effect_ (efek konvoi): kerja CPU memperlambat thread
    yang sebenarnya hanya ingin segera kembali menunggu I/O.
threading-behind-1 =
    Di halaman ini, setiap thread Python diperankan oleh sebuah _Web Worker_ yang berbagi memori
    WebAssembly, dan GIL-nya adalah lock di memori bersama itu. Kode yang berjalan adalah Rust,
    bukan _bytecode_ Python, tetapi aturan GIL-nya mengikuti CPython. `time.sleep` di sini memblokir
    Web Worker-nya saja, dengan GIL dilepas, persis seperti thread Python yang menunggu I/O.
threading-example-intro = Empat thread yang masing-masing menunggu 1 detik. `start()` memulai sebuah thread, dan `join()` menunggu sampai thread itu selesai.
threading-example-1 = 4 thread; time.sleep melepas GIL selama menunggu
threading-example-2 = sekitar 1.0 s, bukan 4.0 s
threading-predict-gil-cpu = Empat thread, masing-masing menjalankan 100 ms kerja CPU dalam Python murni, dengan GIL. Dibandingkan dengan mengerjakan keempat tugas itu berurutan di 1 thread, hasilnya…
threading-predict-gil-cpu-faster = lebih cepat (di atas 1,25×)
threading-predict-gil-cpu-same = kurang lebih sama (0,8×–1,25×)
threading-predict-gil-cpu-slower = lebih lambat (di bawah 0,8×)
threading-predict-gil-cpu-measured = Terukur di peramban Anda: percepatan { $value }.
threading-predict-gil-cpu-why = Hanya pemegang GIL yang boleh menjalankan kode Python, jadi keempat thread bergiliran seolah-olah hanya ada satu inti, dan setiap pergantian menambah sedikit biaya. Dalam uji kami, kerja seperti ini di CPython 3.10–3.13 menghasilkan 0,56–1,16×: tidak pernah ada lebih dari satu inti yang sibuk.
threading-predict-lock = Lab race condition dengan `threading.Lock`: empat thread × 50.000 penambahan, interval peralihan 0,5 ms. Berapa pembaruan yang hilang?
threading-predict-lock-none = tidak ada sama sekali
threading-predict-lock-few = sedikit (kurang dari 1%)
threading-predict-lock-many = banyak (1% atau lebih)
threading-predict-lock-measured = Terukur di peramban Anda: { $value } pembaruan hilang.
threading-predict-lock-why = Dengan `with lock:`, hanya satu thread yang boleh berada di antara baca dan tulis. GIL tetap bisa berpindah di tengahnya, tetapi thread lain yang ingin menambah harus menunggu Lock, jadi tidak ada penambahan yang tertimpa. Di CPython 3.10–3.13, program lab ini dengan Lock tidak kehilangan satu pun dari 4.000.000 pembaruan.
threading-myth-more-threads = “Makin banyak thread, makin cepat.” Keliru untuk kerja CPU dalam Python murni: dengan GIL, 8 thread bergiliran memegang GIL dan tidak lebih cepat daripada 1 thread.
threading-myth-useless = “Karena ada GIL, thread tidak ada gunanya di Python.” Keliru: thread melepas GIL saat menunggu I/O, jadi 8 unduhan bisa menunggu bersamaan (CPython: 5,0–8,0× lebih cepat dalam uji kami).
threading-myth-gil-safe = “GIL membuat data bersama aman, jadi tidak perlu lock.” Keliru: GIL bisa berpindah di antara baca dan tulis; jalankan lab race condition tanpa Lock dan hitung pembaruan yang hilang.
threading-summary =
    - Thread berbagi memori dalam satu proses; di CPython yang biasa, GIL hanya mengizinkan satu thread menjalankan kode Python pada satu waktu.
    - Thread mempercepat tugas I/O-bound, karena thread yang sedang menunggu melepas GIL.
    - Untuk perhitungan dalam Python murni, thread tidak lebih cepat; pakai multiprocessing, atau build _free-threaded_ dengan hati-hati.
    - Data bersama yang diubah beberapa thread perlu `threading.Lock`: GIL tidak menjamin apa pun untuk kode Anda.

## multiprocessing

multiprocessing-title = multiprocessing
multiprocessing-lead = Beberapa proses di beberapa inti, berjalan paralel sepenuhnya.
multiprocessing-prose-1 =
    Modul `multiprocessing` membuat beberapa proses yang berjalan bersamaan. Setiap proses punya
    interpreter Python dan GIL sendiri, jadi proses yang satu tidak perlu menunggu GIL proses lain.
    Karena itu, multiprocessing cocok untuk tugas CPU-bound: perhitungan dalam Python murni pun
    bisa berjalan paralel di beberapa inti.
multiprocessing-prose-2 = ## Percepatan dan hukum Amdahl
multiprocessing-prose-3 =
    Percepatan (_speedup_) adalah waktu yang dibutuhkan satu proses _worker_ dibagi waktu yang
    dibutuhkan _n_ proses worker. Dengan dua inti, percepatan terbaik yang mungkin adalah 2,0×.
    Bagian program yang tetap berjalan berurutan membatasi percepatan itu. Inilah hukum Amdahl:
    jika _f_ adalah bagian pekerjaan yang harus berurutan (antara 0 dan 1), percepatan dengan _n_
    proses paling tinggi `S(n) = 1 / (f + (1 − f) / n)`. Misalnya, jika 10% pekerjaan harus
    berurutan (f = 0,1), dua proses paling banyak memberi 1 / (0,1 + 0,9 / 2) ≈ 1,82×, dan berapa
    pun jumlah prosesnya, percepatan tidak akan melewati 1 / f = 10×. Angka “bagian berurutan” pada
    hasil demo adalah nilai _f_ yang paling cocok dengan titik-titik hasil pengukuran Anda.
multiprocessing-prose-4 = ## Memulai proses, _pickle_, dan _overhead_
multiprocessing-prose-5 =
    - **Cara memulai proses.** `fork` menyalin proses induk apa adanya. Cara ini menjadi bawaan di Linux sampai Python 3.13: di sana `multiprocessing.get_start_method()` mengembalikan `'fork'`. `spawn` memulai interpreter baru dari nol dan menjadi bawaan di Windows dan macOS. `forkserver` meminta sebuah proses server kecil untuk membuat proses baru; menurut dokumentasi Python, cara inilah yang menjadi bawaan di Linux mulai Python 3.14.
    - **Penjaga modul utama.** Dengan `spawn` dan `forkserver`, setiap proses anak mengimpor ulang modul utama program Anda. Karena itu, kode yang membuat `Pool` harus berada di bawah `if __name__ == "__main__":`. Tanpa penjaga ini, setiap proses anak ikut mencoba membuat `Pool` lagi dan gagal dengan `RuntimeError`; dalam uji kami dengan Python 3.13, program seperti itu terus mencetak galat yang sama dan tidak pernah selesai. Program di bawah memakai penjaga ini. Biasakan selalu menulisnya, walaupun di Linux dengan `fork` program tanpa penjaga masih bisa berjalan.
    - **Semua yang dikirim harus bisa di-pickle.** Fungsi tugas, argumennya, dan hasilnya dikirim antarproses sebagai data _pickle_. Karena itu, fungsi tugas harus didefinisikan di tingkat atas modul. `lambda` dan fungsi yang didefinisikan di dalam fungsi lain tidak bisa dikirim: Python menolaknya dengan `PicklingError` atau `AttributeError`.
multiprocessing-prose-6 =
    Membuat proses baru tidak gratis, dan setiap tugas beserta hasilnya harus diubah menjadi data
    _pickle_ lalu dikirim antarproses. Untuk tugas yang sangat kecil, _overhead_ (biaya tambahan)
    ini bisa lebih besar daripada pekerjaannya sendiri, sehingga versi paralel malah lebih lambat.
    Parameter `chunksize` mengurangi biaya ini dengan mengirim beberapa tugas sekaligus dalam satu
    potongan. Jika Anda tidak mengisinya, `Pool.map` menentukannya sendiri: jumlah tugas dibagi empat
    kali jumlah proses, dibulatkan ke atas. Untuk 5.000 tugas dan 16 proses, setiap potongan berisi
    79 tugas. Demo ini memakai nilai dari formulir, dan program Python di bawah menuliskannya secara
    eksplisit. Satu hal lagi: jangan memakai multiprocessing untuk tugas I/O-bound, karena thread
    atau asyncio bisa menunggu dengan biaya yang jauh lebih kecil.
multiprocessing-prose-7 = ## Proses worker lebih banyak daripada inti
multiprocessing-prose-8 =
    Anda boleh menjalankan proses worker lebih banyak daripada jumlah inti prosesor. Sistem operasi
    (di sini: peramban) lalu menggilir inti yang ada di antara proses-proses itu, sehingga percepatan
    berhenti naik di angka jumlah inti, bahkan sedikit turun karena biaya pergantian giliran. Coba
    tombol **Ukur** dengan jumlah proses worker yang melebihi jumlah inti perangkat Anda: titik-titik
    hasil pengukuran akan mendatar.
multiprocessing-prose-9 = ## Cara membaca demo ini
multiprocessing-prose-10 =
    - **Kalibrasi**: sebelum demo dijalankan pertama kali, halaman mengukur seberapa banyak kerja yang bisa diselesaikan satu inti dalam 1 ms di perangkat Anda. Jadi, `cpu_ms=100` berarti kerja 100 ms bagi satu inti, bukan sekadar menunggu 100 ms.
    - **Pembanding**: beban kerja yang sama dijalankan lebih dulu dengan 1 proses worker, lalu dengan jumlah proses worker yang Anda pilih. Percepatan adalah rasio kedua waktu terukur itu.
    - **Lini masa**: baris pertama adalah pengukuran dengan 1 proses worker; di bawahnya ada satu baris untuk setiap proses worker pada pengukuran paralel, beserta potongan tugas (_chunk_) yang dikerjakannya. Waktu dicatat di dalam setiap proses worker dengan satu jam yang sama untuk semuanya.
    - **Mandelbrot**: setiap tugas menghitung satu pita mendatar gambar. Pita yang melintasi bagian tengah himpunan jauh lebih berat daripada pita di tepi, sehingga beban antarproses tidak seimbang; perhatikan bagaimana hal itu menurunkan percepatan.
multiprocessing-behind-1 =
    Peramban tidak punya proses sistem operasi. Di halaman ini, setiap proses worker diperankan oleh
    sebuah _Web Worker_, dan semuanya berbagi satu memori WebAssembly: mirip thread tanpa GIL, dan
    tanpa perlu _pickle_. Memulai Web Worker juga lebih cepat daripada memulai proses. Karena itu,
    _overhead_ di sini lebih kecil daripada di Python, tetapi bentuk kurvanya tetap sama.
multiprocessing-behind-2 =
    Sebelum mengukur, halaman menjalankan pemanasan singkat yang tidak ikut diukur. Peramban
    mengompilasi ulang kode WebAssembly yang sering dipakai menjadi versi yang lebih cepat; tanpa
    pemanasan, pengukuran pertama akan tampak lebih lambat daripada seharusnya.
multiprocessing-prose-11 =
    Program Python di bawah mengalibrasi dirinya sendiri. Waktu yang diukurnya sudah termasuk
    memulai proses worker, karena di Python itu memang biaya yang nyata. Untuk Mandelbrot, program
    itu membagi gambar menjadi pita yang sama dengan halaman ini, dan kalibrasinya menggambar satu
    gambar kecil yang utuh, sehingga rata-rata waktu per tugas mendekati `CPU_MS`.
multiprocessing-example-intro = Diadaptasi dari contoh pembuka dokumentasi Python: `Pool.map` membagi sepuluh angka ke empat proses worker, lalu mengumpulkan hasilnya sesuai urutan semula.
multiprocessing-example-1 = berjalan di salah satu proses worker
multiprocessing-example-2 = wajib untuk spawn/forkserver (Windows, macOS)
multiprocessing-example-3 = [0, 1, 4, 9, ..., 81]
multiprocessing-predict-tiny = Ada 16 tugas yang masing-masing hanya butuh 1 ms kerja CPU, dibagi ke 8 proses worker. Dibandingkan dengan 1 proses worker, percepatannya…
multiprocessing-predict-tiny-above = di atas 1× (lebih cepat)
multiprocessing-predict-tiny-below = di bawah 1× (lebih lambat)
multiprocessing-predict-tiny-measured = Terukur di peramban Anda: percepatan { $value }.
multiprocessing-predict-tiny-why = Seluruh pekerjaannya hanya 16 ms, jadi biaya membagikan tugas dan membangunkan proses worker sebanding dengan pekerjaan itu sendiri. Di halaman ini proses worker sudah siap sebelum pengukuran, sehingga hasilnya bisa di atas atau di bawah 1×. Di CPython, jika waktu memulai `Pool(8)` ikut dihitung, program yang setara tetap di bawah 1×: 0,05–0,88× dalam uji kami dengan 3.10–3.13.
multiprocessing-predict-two = Ada 8 tugas × 50 ms kerja CPU di 2 proses worker, di perangkat Anda. Berapa percepatannya dibandingkan dengan 1 proses worker?
multiprocessing-predict-two-one = kurang dari 1,25×: hampir tidak lebih cepat
multiprocessing-predict-two-two = 1,25×–2,2×: mendekati dua kali lipat
multiprocessing-predict-two-more = lebih dari 2,2×
multiprocessing-predict-two-measured = Terukur di peramban Anda: percepatan { $value }.
multiprocessing-predict-two-why = Dua proses paling banyak memakai dua inti, jadi percepatannya tidak bisa melewati 2×; jika perangkat sedang sibuk dengan pekerjaan lain, hasilnya lebih kecil. Di mesin uji kami, yang hanya punya dua inti dan juga dipakai pekerjaan lain, CPython menghasilkan 0,8–1,8× untuk dua proses (lihat halaman Bandingkan).
multiprocessing-myth-more-workers = “Makin banyak proses worker, makin cepat.” Keliru: percepatan kerja CPU tidak bisa melebihi jumlah inti yang ada; tekan **Ukur** dengan 8 proses worker dan lihat kurvanya mendatar.
multiprocessing-myth-big-chunks = “`chunksize` yang besar selalu lebih baik karena biaya pengirimannya lebih kecil.” Keliru: dengan `chunksize=8` untuk 8 tugas, satu proses worker mendapat semua tugas dan proses lain menganggur (CPython 3.10–3.13: hanya 1 proses yang terpakai).
multiprocessing-myth-balanced = “Jumlah tugas yang sama berarti beban yang sama.” Keliru: pita Mandelbrot yang melintasi bagian tengah jauh lebih berat, jadi satu proses worker selesai lebih dulu lalu menganggur.
multiprocessing-summary =
    - Setiap proses punya interpreter dan GIL sendiri, jadi kerja CPU dalam Python murni bisa berjalan paralel.
    - Percepatan dibatasi oleh jumlah inti dan oleh bagian program yang tetap berurutan (hukum Amdahl).
    - Memulai proses dan mengirim data (_pickle_) butuh biaya: tugas yang terlalu kecil malah menjadi lebih lambat; `chunksize` membantu, asalkan bebannya tetap terbagi rata.
    - Letakkan kode yang membuat `Pool` di bawah `if __name__ == "__main__":`, dan kirim hanya fungsi yang didefinisikan di tingkat atas modul.

## Celery

celery-title = Celery
celery-lead = Antrean tugas, broker, dan worker Celery di latar belakang.
celery-prose-1 =
    Celery adalah pustaka antrean tugas (_task queue_). Aplikasi (produsen) mengirim tugas ke
    _broker_, lalu worker Celery, yaitu program terpisah yang sering berjalan di mesin lain,
    mengambil tugas itu dan menjalankannya. Aplikasi tidak perlu menunggu; hasilnya bisa ditanyakan
    nanti.
celery-prose-2 = ## Broker, worker Celery, dan result backend
celery-prose-3 =
    - `tugas.delay(...)` mengirim satu pesan (nama tugas, argumen, dan id) ke _broker_, misalnya Redis atau RabbitMQ. Pada saat itu, _result backend_ belum menyimpan apa pun.
    - Setiap _node_ worker Celery punya beberapa proses anak (`--concurrency`). _Pool_ bawaannya adalah _prefork_: proses, bukan thread, sehingga tugas _CPU-bound_ tidak saling menunggu GIL, sama seperti di [halaman multiprocessing](#/multiprocessing). Ada juga pool thread, dengan aturan GIL yang sama seperti di [halaman threading](#/threading).
    - Node mengambil di muka (_prefetch_) hingga `concurrency × worker_prefetch_multiplier` pesan (pengali bawaannya 4), lalu hanya menyerahkannya ke proses anak yang sedang menganggur (`-O fair`).
celery-prose-4 = ## Kapan pesan dikonfirmasi (_ack_)
celery-prose-5 =
    Secara bawaan, Celery mengirim _ack_ di awal: tepat sebelum kode tugas mulai berjalan, bukan
    setelah selesai. Jadi, jika proses anak atau seluruh node mati saat tugas berjalan,
    pesannya **tidak** dikirim ulang. Jika yang mati proses anak, node melaporkan `WorkerLostError` dan
    menyimpan status FAILURE. Jika yang mati seluruh node, tidak ada yang tersimpan, dan
    `AsyncResult.state` tetap PENDING selamanya. Pesan yang sudah diambil di muka tetapi belum
    dijalankan belum di-_ack_, jadi pesan itu kembali ke antrean: di RabbitMQ segera setelah koneksi
    node terputus, di Redis baru setelah `visibility_timeout` (bawaannya 3.600 detik).
celery-prose-6 =
    Dengan `acks_late=True`, _ack_ dikirim di akhir: setelah tugas sukses, gagal, atau dicoba ulang
    (_retry_). Jika node mati, tugas yang sedang berjalan kembali ke antrean. Namun, jika yang mati
    hanya proses anak, tugasnya tetap berakhir FAILURE; pesannya baru dikembalikan ke antrean jika
    `task_reject_on_worker_lost=True` juga dipasang. Jaminannya menjadi _at-least-once_
    (setidaknya sekali): tugas bisa berjalan dua kali, dan tugas yang selalu membuat prosesnya mati akan
    terus kembali ke antrean tanpa henti. Karena itu, tugas Celery sebaiknya idempoten, yaitu aman
    dijalankan berulang kali, misalnya dengan memeriksa dulu apakah email itu sudah terkirim.
celery-prose-7 = ## Status tugas
celery-prose-8 =
    - PENDING bukan status yang disimpan; artinya hanya bahwa _result backend_ tidak mengenal id itu. Tugas yang belum berjalan, tugas yang hilang, dan id yang salah ketik sama-sama PENDING.
    - RECEIVED hanya ada di aliran _event_ (yang dibaca Flower jika worker Celery dijalankan dengan `-E`). STARTED hanya disimpan jika `task_track_started=True`.
    - RETRY, SUCCESS, FAILURE, dan REVOKED disimpan. Papan di demo menampilkan kedua sudut pandang itu berdampingan: `AsyncResult.state` dan aliran _event_.
celery-prose-9 = ## Coba ulang (_retry_) harus diminta
celery-prose-10 =
    Celery tidak mencoba ulang apa pun dengan sendirinya: tugas harus memanggil `self.retry()` atau
    memakai `autoretry_for=(...)`. `max_retries=3` (bawaan) berarti tugas paling banyak berjalan
    empat kali. Dengan `retry_backoff`, jedanya `min(retry_backoff_max, faktor · 2^retries)`, dan
    dengan `retry_jitter=True` (bawaan), jeda sebenarnya dipilih acak antara 0 dan angka itu. Tanpa
    `retry_backoff`, jedanya `default_retry_delay`, yaitu 180 detik. _Retry_ mengirim ulang pesan
    dengan id tugas yang sama.
celery-prose-11 = ## _Prefetch_ yang menimbun tugas
celery-prose-12 =
    Karena setiap node mengambil beberapa pesan di muka, node yang kebagian tugas panjang bisa
    menimbun tugas lain sementara node lain menganggur. Contoh “_Prefetch_ menimbun tugas”
    memperlihatkan hal ini dan mengukur berapa lama node lain menganggur.
    `worker_prefetch_multiplier=1` bersama `acks_late=True` membuat node hanya memegang tugas yang
    sedang dijalankannya.
celery-behind-1 =
    - Setiap node worker Celery di halaman ini adalah sebuah _Web Worker_ dengan _instance_ WebAssembly dan memorinya sendiri. Setiap proses anaknya adalah Web Worker bersarang, juga dengan memori sendiri. Mereka hanya berkomunikasi lewat pesan (`postMessage`).
    - **Yang nyata**: Web Worker-nya, penghentiannya (`Worker.terminate()` saat Anda mematikan proses anak atau node), penantian I/O (pewaktu di proses anak), dan kerja CPU yang dikalibrasi.
    - **Yang dimodelkan**: aturan broker dan worker Celery, yaitu antrean, _prefetch_, _ack_, pengiriman ulang, _retry_, dan status tugas. Model ini sudah diuji terhadap Celery 5.7 yang asli.
    - **Jam Celery** (jeda _retry_ dan `visibility_timeout`) dipercepat sebesar faktor `clock`; lama kerja tugas tidak ikut dipercepat.
celery-example-intro = Aplikasi Celery terkecil dalam satu berkas `tasks.py`: aplikasinya, satu tugas, dan kode yang mengirim tugas itu. Nyalakan Redis dan worker Celery (`celery -A tasks worker`) di terminal lain, lalu jalankan `python tasks.py`. Versi lengkapnya ada di berkas `tasks.py` di bawah demo.
celery-example-1 = broker mengantrekan pesan tugas; backend menyimpan hasilnya
celery-example-2 = berjalan di proses anak worker Celery
celery-example-3 = di terminal lain: celery -A tasks worker
celery-example-4 = hanya mengirim pesan, lalu langsung kembali
celery-example-5 = menunggu hasilnya dari backend: 5
celery-predict-child-killed = Satu node worker Celery dengan 2 proses anak menjalankan 4 tugas yang masing-masing butuh 1 detik, dengan pengaturan bawaan: _ack_ di awal (`acks_late=False`). Kira-kira 300 ms setelah tugas-tugas dikirim, proses anak yang sedang menjalankan tugas pertama dimatikan dengan SIGKILL. Apa yang terjadi pada tugas itu?
celery-predict-child-killed-again = pesannya dikirim ulang, lalu tugas itu berjalan lagi dan berakhir SUCCESS
celery-predict-child-killed-failure = tugas itu berakhir FAILURE (`WorkerLostError`) dan tidak dijalankan lagi
celery-predict-child-killed-pending = tugas itu hilang tanpa jejak: statusnya tetap PENDING
celery-predict-child-killed-measured = Terukur di peramban Anda: { $value } dari 4 tugas berakhir FAILURE.
celery-predict-child-killed-why = Dengan _ack_ di awal, pesan sudah dikonfirmasi tepat sebelum tugas mulai berjalan, jadi tidak ada lagi yang bisa dikirim ulang oleh _broker_. Node melihat proses anaknya mati, menyimpan status FAILURE dengan `WorkerLostError`, lalu menyalakan proses anak pengganti. Uji kami dengan Celery 5.7 dan Redis memberi hasil yang sama: FAILURE setelah satu kali jalan, bahkan jika yang dipasang hanya `acks_late=True`. Tugas itu baru kembali ke antrean jika `acks_late=True` **dan** `task_reject_on_worker_lost=True` dipasang bersamaan.
celery-predict-prefetch = Dua node worker Celery, masing-masing dengan 1 proses anak dan `worker_prefetch_multiplier=4` (bawaan), menjalankan 12 tugas yang lamanya sangat beragam (300 ms ± 100%). Apakah akan ada node yang menganggur, sementara node lain masih memegang tugas yang belum dimulai?
celery-predict-prefetch-idle = ya: satu node menganggur, sementara beberapa tugas masih menunggu di node lain
celery-predict-prefetch-shared = tidak: node yang menganggur mengambil tugas yang masih menunggu
celery-predict-prefetch-measured = Terukur di peramban Anda: sebuah node menganggur selama { $value }, sementara node lain masih memegang tugas yang belum dimulai.
celery-predict-prefetch-why = Setiap node mengambil di muka (_prefetch_) hingga `concurrency × worker_prefetch_multiplier` = 1 × 4 = 4 pesan. Pesan yang sudah dipegang sebuah node tetap menunggu di sana, walaupun node lain menganggur. Akibatnya, node yang kebagian tugas panjang menimbun tugas lain, sedangkan node yang selesai lebih dulu mendapati antrean di _broker_ sudah kosong. Opsi `-O fair` (bawaan) tidak menolong di sini, karena opsi itu hanya mengatur pembagian di dalam satu node: tugas hanya diberikan ke proses anak yang sedang menganggur. Untuk tugas panjang, dokumentasi Celery menyarankan `worker_prefetch_multiplier=1` bersama `acks_late=True`; dengan pengaturan itu, model di halaman ini sama sekali tidak mencatat waktu menganggur untuk beban yang sama.
celery-myth-exactly-once = “Celery menjalankan setiap tugas tepat satu kali.” Keliru: dengan `acks_late=True` dan `task_reject_on_worker_lost=True`, tugas yang proses anaknya mati dijalankan lagi dari awal (di papan: 2 kali jalan). Sebaliknya, dengan _ack_ di awal, tugas itu tidak dijalankan lagi sama sekali. Karena itu, tugas Celery sebaiknya idempoten.
celery-myth-acks-late = “Dengan `acks_late=True`, tugas yang proses anaknya mati pasti dijalankan ulang.” Keliru: pesannya tetap dikonfirmasi, dan tugas itu berakhir FAILURE (`WorkerLostError`). Pesan baru dikembalikan ke antrean jika `task_reject_on_worker_lost=True` juga dipasang. Tanpa itu, `acks_late` hanya menolong jika yang mati seluruh node.
celery-myth-retry = “Tugas yang gagal akan dicoba ulang sampai berhasil.” Keliru: Celery hanya mencoba ulang jika tugas memanggil `self.retry()` atau memakai `autoretry_for`, dan paling banyak `max_retries` kali (bawaannya 3). Dalam demo ini setiap percobaan gagal, jadi setiap tugas berjalan empat kali (sekali di awal, lalu tiga kali coba ulang) sebelum berakhir FAILURE.
celery-myth-pending = “Status PENDING berarti tugasnya masih menunggu di antrean.” Keliru: PENDING hanya berarti _result backend_ tidak mengenal id itu. Dalam demo ini, sebuah node mati saat menjalankan tugas dengan _ack_ di awal: tugas itu tidak akan pernah selesai, tetapi statusnya tetap PENDING selamanya.
celery-summary =
    - `.delay()` hanya mengirim pesan ke _broker_. Tugasnya dijalankan oleh worker Celery (sebuah program terpisah), dan hasilnya disimpan di _result backend_.
    - Secara bawaan, pesan dikonfirmasi (_ack_) tepat sebelum tugas berjalan, sehingga tugas yang prosesnya mati tidak dijalankan lagi. Dengan `acks_late=True` dan `task_reject_on_worker_lost=True`, tugas itu dijalankan ulang; karena itu, tugas harus idempoten.
    - Coba ulang hanya terjadi jika diminta (`self.retry()` atau `autoretry_for`), dan paling banyak `max_retries` kali.
    - PENDING berarti “tidak dikenal”, bukan “sedang menunggu”.
    - Untuk tugas panjang, `worker_prefetch_multiplier=1` bersama `acks_late=True` mencegah node menimbun tugas.
celery-preset-email = Kirim 100 email
celery-preset-images = Olah unggahan gambar
celery-preset-crash = Worker Celery mati di tengah jalan
celery-preset-prefetch = _Prefetch_ menimbun tugas
ce-running = { $n } node worker Celery, masing-masing { $c } proses anak, sedang bekerja
ce-actions = Tindakan selama demo berjalan
ce-kill-child = Matikan satu proses anak
ce-kill-node = Matikan satu node
ce-revoke = Batalkan satu tugas (revoke)
ce-add-node = Tambah node
ce-clock = Jam Celery di sini { $x }× lebih cepat daripada waktu nyata (jeda _retry_, `visibility_timeout`); lama kerja tugas tetap nyata.
ce-tasks-py = tasks.py
ce-producer-py = producer.py
ce-worker-cmd = Perintah worker Celery
ce-result = { $ok } tugas SUCCESS, { $failed } FAILURE, { $lost } tidak pernah mencapai status akhir, dalam { $ms }.
ce-result-more = Coba ulang: { $retried } · dibatalkan (REVOKED): { $revoked } · berjalan sampai selesai lebih dari sekali: { $dup }
ce-result-lost = Tugas yang hilang tidak akan pernah selesai: pesannya sudah di-_ack_, dan `AsyncResult.state` untuknya tetap PENDING (atau status terakhir yang tersimpan).
ce-result-idle = Waktu sebuah node menganggur sementara node lain menimbun tugas hasil _prefetch_: { $ms }.
ce-result-nodes = { $n } node beserta proses anaknya sudah siap; yang paling lambat butuh { $ms }.
ce-result-rate-node = Halaman ini tidak terisolasi lintas-origin, jadi kerja CPU dikalibrasi di dalam node pertama.
ce-result-agree = Hasil model untuk tautan ini cocok untuk { $n } dari { $total } tugas: status akhir dan jumlah jalannya sama. Jika tidak ada yang dimatikan, semuanya seharusnya cocok; jika ada, yang terkena adalah tugas apa pun yang kebetulan sedang berjalan pada saat itu, sehingga hasilnya bisa berbeda.
ce-col-id = id tugas
ce-honest = Angka di atas berasal dari demo yang benar-benar berjalan di peramban Anda; aturan Celery-nya berasal dari model di halaman ini.
ce-board-title = Papan (seperti Flower)
ce-alive = hidup
ce-dead = mati
ce-col-state = keadaan
ce-col-active = aktif
ce-col-reserved = dicadangkan
ce-col-processed = dijalankan
ce-col-succeeded = sukses
ce-col-failed = gagal
ce-col-retried = dicoba ulang
ce-col-children-lost = proses anak mati
ce-col-start = waktu mulai
ce-queue = Antrean: { $n } pesan
ce-queue-empty = Antrean kosong.
ce-redelivered = dikirim ulang
ce-tasks = Semua tugas ({ $n })
ce-col-backend = AsyncResult.state
ce-col-events = event terakhir
ce-col-runs = jalan
ce-col-retries = retries
ce-col-node = node
ce-legend-ok = sukses
ce-legend-retry = gagal, dicoba ulang
ce-legend-fail = gagal (FAILURE)
ce-legend-killed = dimatikan
ce-legend-run = sedang berjalan
ce-retry-title = Lab coba ulang
ce-retry-formula = Dengan `retry_jitter`, jeda sebenarnya adalah bilangan bulat acak dalam `[0, countdown]`; tanpa `retry_backoff`, jedanya 180 detik. Setiap baris adalah satu _retry_: pitanya menunjukkan rentang acak itu, dan garisnya jeda yang terpilih (dalam detik Celery).
ce-retry-none = Belum ada tugas yang dicoba ulang.
ce-retry-row = #{ $task } setelah jalan ke-{ $k }: jeda { $s } dtk, dipilih dari [{ $lo }, { $hi }]
param-concurrency = Proses anak per _node_ (`--concurrency`)
param-prefetch = Pengali _prefetch_ (`worker_prefetch_multiplier`, 0 = tanpa batas)
param-acks_late = _Ack_ di akhir (`acks_late`)
param-reject_on_worker_lost = Kembalikan ke antrean jika proses anak mati (`reject_on_worker_lost`)
param-track_started = Simpan status STARTED (`track_started`)
param-fail_pct = Peluang gagal per percobaan (%)
param-max_retries = Batas coba ulang (`max_retries`)
param-retry_backoff = Faktor jeda bertambah (`retry_backoff`, detik, 0 = mati)
param-retry_backoff_max = Jeda terlama (`retry_backoff_max`, detik)
param-retry_jitter = Jeda acak (`retry_jitter`)
param-broker = _Broker_
choice-broker-rabbitmq = RabbitMQ
choice-broker-redis = Redis
param-visibility_timeout = `visibility_timeout` Redis (detik)
param-crash = Yang dimatikan
choice-crash-none = Tidak ada
choice-crash-child = Satu proses anak
choice-crash-node = Satu _node_ worker
param-crash_at_ms = Dimatikan pada (ms)
param-clock = Jam Celery dipercepat (×)
py-ce-run-worker = jalankan worker Celery dengan
py-ce-urls = Alamat broker dan result backend; variabel lingkungan boleh menggantinya.
py-ce-sweep = Periksa pesan yang belum di-ack setiap detik, agar hanya visibility_timeout yang menentukan kapan pesan kembali ke antrean (bawaan kombu: kira-kira sekali per 100 detik).
py-ce-same-rule = Aturan gagal yang sama dengan halaman: SplitMix64 dengan benih (SEED, tugas, retries).
py-ce-flaky = Galat yang dicoba ulang oleh autoretry_for.
py-ce-run-log = Satu baris setiap kali tugas dijalankan, ditulis sebelum bekerja, agar percobaan yang prosesnya mati pun ikut terhitung.
py-ce-crash = Proses anak ini mati mendadak, seperti terkena SIGKILL atau kehabisan memori.
py-ce-cpu = Kerja CPU: inti yang dipakai proses anak ini ikut sibuk.
py-ce-same-cpu = Kerja CPU per tugas yang sama persis dengan demo di halaman (benih yang sama).
py-ce-producer = Kirim semua tugas, lalu tunggu sampai semuanya berstatus akhir atau waktunya habis.
py-ce-nodes = Jalankan dulu worker Celery-nya (lihat tasks.py); untuk beberapa node, jalankan perintahnya sekali untuk setiap node dengan nama berbeda (-n).

## Bandingkan

bandingkan-title = Bandingkan
bandingkan-lead = Satu beban kerja, semua model, diukur satu per satu di peramban Anda: mana yang paling cepat, dan mengapa.
bandingkan-prose-1 =
    Pilihan antara threading, multiprocessing, asyncio, atau pustaka lain bergantung pada jenis
    tugas yang Anda tangani dan kebutuhan aplikasi Anda. Di halaman ini Anda bisa membuktikannya
    sendiri: tentukan satu beban kerja (berapa tugas, berapa lama setiap tugas menunggu I/O, berapa
    lama tugas itu menghitung), tebak model mana yang paling cepat, lalu tekan **Jalankan**. Beban
    yang sama dijalankan bergantian: berurutan, asyncio, threading dengan GIL, threading
    _free-threaded_ (tanpa GIL), multiprocessing, dan Celery, masing-masing dengan implementasi yang
    sama seperti di halamannya sendiri.
bandingkan-prose-2 = ## Apa yang dibandingkan
bandingkan-prose-3 =
    - **Berurutan**: perulangan `for` biasa; waktunya menjadi pembanding (1×).
    - **asyncio**: korutin yang dijalankan bersamaan dengan `asyncio.gather` di satu _event loop_; penantiannya tumpang tindih, tetapi kerja CPU tetap dikerjakan satu per satu.
    - **threading**: `ThreadPoolExecutor` dengan `workers` thread; GIL dilepas saat menunggu I/O, tetapi hanya satu thread yang bisa menjalankan kode Python pada satu waktu.
    - **_free-threaded_**: program thread yang sama pada build tanpa GIL (`python3.13t`), sehingga thread bisa berjalan paralel di beberapa inti.
    - **multiprocessing**: `Pool(workers)`; setiap proses punya interpreter dan GIL sendiri, dan waktunya sudah termasuk menyalakan proses-proses itu.
    - **Celery**: setiap tugas dikirim ke _broker_ dengan `.delay()`, lalu dikerjakan oleh satu worker Celery dengan `workers` proses anak (`--concurrency`) dan pengaturan bawaan. Waktunya sudah termasuk menyalakan worker Celery dan perjalanan setiap pesan lewat _broker_. Antrean tugas memang tidak dibuat untuk kecepatan, melainkan agar tidak ada yang perlu menunggu, tugas bisa dicoba ulang, dan worker Celery bisa berjalan di mesin lain.
bandingkan-prose-4 = ## Hasil di CPython
bandingkan-prose-5 =
    - **Cara mengukur**: `bench/cpython/bandingkan.py` dijalankan di mesin uji proyek ini (Linux, dua inti AMD EPYC yang juga dipakai pekerjaan lain, beban rata-rata 3,7–12,6) dengan CPython 3.11.7 dan 3.13.0. Setiap angka adalah hasil terbaik dari tiga kali jalan.
    - **Hanya I/O** (8 tugas × 100 ms, 4 thread atau proses): berurutan 801–807 ms, asyncio 101 ms (7,9–8,0×), 4 thread 204–224 ms (3,6–4,0×), 4 proses 218–223 ms (3,6–3,7×). Dengan asyncio, semua tugas menunggu sekaligus, sedangkan 4 thread atau proses menunggu 8 tugas dalam dua giliran.
    - **Campuran** (12 tugas × (50 ms I/O + 30 ms CPU), 4 thread atau proses): proses selalu yang tercepat (376–478 ms).
    - **Hanya CPU** (8 tugas × 100 ms dengan 2 thread atau proses, lalu 16 tugas dengan 4): mesin itu terlalu sibuk. Tidak ada satu model pun, termasuk proses, yang rata-rata memakai lebih dari satu inti, jadi urutan hasilnya hanya ditentukan derau. Di mesin dua inti yang sepi, pengukuran sebelumnya mencatat dua proses 1,93× lebih cepat.
    - **Biaya awal**: di mesin uji itu, menyalakan `Pool(4)` hanya butuh 11–21 ms karena Linux memakai `fork`. Sementara itu, angka pada hasil balapan di halaman ini diukur langsung di peramban Anda.
bandingkan-behind-1 =
    - **Berurutan**: satu thread di satu _Web Worker_ mengerjakan tugas satu per satu.
    - **asyncio**: korutin di _event loop_ milik halaman ini sendiri. Penantian I/O berupa pewaktu (_timer_), jadi semua penantian bisa tumpang tindih; bagian CPU benar-benar memblokir event loop, sehingga halaman ikut membeku sebentar.
    - **threading**: `workers` thread (masing-masing satu _Web Worker_) yang berebut satu GIL, di sini berupa lock sungguhan; saat menunggu I/O, GIL dilepas.
    - **_free-threaded_**: thread yang sama tanpa GIL, seperti build `python3.13t`.
    - **multiprocessing**: `workers` _Web Worker_ tanpa GIL bersama, ditambah waktu menyalakan Web Worker itu (diukur). Web Worker bukan proses sistem operasi: ia berbagi memori halaman, dinyalakan oleh peramban, dan tidak perlu menyalin data. Biaya _pickling_ (mengemas argumen dan hasil untuk dikirim antarproses) **tidak** dimodelkan, jadi di Python, tugas yang sangat kecil akan lebih lambat daripada di sini.
    - **Celery**: implementasi yang sama dengan halaman Celery. _Broker_-nya berjalan di halaman ini. Satu node (`celery worker`) adalah sebuah _Web Worker_ dengan `workers` proses anak _prefork_ (`--concurrency`), masing-masing juga _Web Worker_ dengan memorinya sendiri, seperti proses. Setiap tugas dikirim sebagai pesan lewat _broker_ ke salah satu proses anak, yang lalu melapor kembali. Pengaturannya bawaan Celery (_ack_ di awal, _prefetch_ 4), tanpa kegagalan dan tanpa _crash_.
    - **Waktu Celery** sudah termasuk menyalakan node beserta proses anaknya (biaya menjalankan `celery worker`) dan perjalanan bolak-balik setiap pesan (latensi _broker_ di sini), tetapi **tidak** termasuk perjalanan lewat jaringan ke Redis atau RabbitMQ sungguhan, yang di server menambah satu milidetik atau lebih per pesan.
bandingkan-behind-2 =
    Di mesin uji kami, `Pool(4)` siap dalam 11–21 ms karena Linux memakai `fork`. Menyalakan
    _Web Worker_ di peramban biasanya jauh lebih mahal, dan halaman ini memasukkan biaya itu ke dalam
    waktu multiprocessing.
bandingkan-example-intro = Dengan `concurrent.futures`, thread dan proses memakai antarmuka yang sama. Program ini menjalankan empat perhitungan dalam Python murni dengan `ThreadPoolExecutor`, lalu dengan `ProcessPoolExecutor`, dan mencetak waktu masing-masing. Thread bergiliran memegang GIL, sedangkan setiap proses punya GIL sendiri, jadi proses bisa memakai beberapa inti sekaligus, asalkan inti-inti itu sedang menganggur.
bandingkan-example-1 = kerja CPU dalam Python murni
bandingkan-example-2 = wajib untuk proses (spawn, forkserver)
bandingkan-example-3 = antarmukanya sama, hanya kelasnya beda
bandingkan-predict-cpu = Ada empat tugas, masing-masing berupa 300 ms kerja CPU dalam Python murni, tanpa penantian I/O. Mana yang selesai lebih dulu: 4 thread dengan GIL, atau 4 proses (multiprocessing)?
bandingkan-predict-cpu-multiprocessing = 4 proses, karena setiap proses punya GIL sendiri
bandingkan-predict-cpu-threading = 4 thread, karena menyalakannya lebih murah
bandingkan-predict-cpu-same = kurang lebih sama
bandingkan-predict-cpu-measured = Terukur di peramban Anda: 4 proses { $value } lebih cepat daripada 4 thread (di bawah 1× berarti lebih lambat).
bandingkan-predict-cpu-why = Hanya pemegang GIL yang boleh menjalankan kode Python, jadi keempat thread bergiliran seolah-olah hanya ada satu inti. Sebaliknya, setiap proses punya interpreter dan GIL sendiri, sehingga proses bisa memakai semua inti yang sedang menganggur di perangkat Anda; waktunya sudah termasuk menyalakan proses-proses itu. Di perangkat yang sibuk, dengan hanya satu inti yang bebas, hasil keduanya bisa seri.
bandingkan-predict-io = Ada empat puluh tugas yang masing-masing hanya menunggu I/O selama 100 ms. Mana yang selesai lebih dulu: asyncio, atau 4 proses (multiprocessing)?
bandingkan-predict-io-asyncio = asyncio, karena semua penantian tumpang tindih
bandingkan-predict-io-multiprocessing = 4 proses, karena lebih banyak inti yang bekerja
bandingkan-predict-io-same = kurang lebih sama
bandingkan-predict-io-measured = Terukur di peramban Anda: asyncio { $value } lebih cepat daripada 4 proses (di bawah 1× berarti lebih lambat).
bandingkan-predict-io-why = Menunggu tidak memakai inti. Satu _event loop_ bisa menunggu keempat puluh tugas sekaligus, jadi semuanya selesai dalam sekitar 100 ms. Empat proses hanya bisa menunggu empat tugas sekaligus: 40 / 4 = 10 giliran × 100 ms ≈ 1 detik, ditambah waktu menyalakan prosesnya. Dalam uji kami dengan CPython 3.10–3.13, asyncio selesai dalam 0,10–0,14 detik, sedangkan `Pool(4).map` dengan `chunksize=1` (seperti di halaman ini) butuh 1,04–1,17 detik. Dengan `chunksize` bawaan, tugas dikirim per tiga, sehingga waktunya malah 1,22–1,32 detik.
bandingkan-myth-processes-always = “multiprocessing selalu paling cepat karena memakai semua inti.” Keliru: untuk tugas yang hanya menunggu, jumlah inti tidak membantu. Dengan 20 tugas × 100 ms I/O, asyncio menunggu semuanya sekaligus dan selesai jauh lebih dulu daripada 4 proses, yang harus dinyalakan dulu, lalu menunggu dalam 5 giliran.
bandingkan-myth-asyncio-cpu = “asyncio membuat perhitungan lebih cepat.” Keliru: korutin bergantian di satu thread, jadi 8 × 100 ms kerja CPU tetap butuh sekitar 800 ms, sama seperti berurutan (di CPython 3.10–3.13 tidak pernah kurang dari 0,8 detik).
bandingkan-myth-threads-useless = “Karena ada GIL, thread tidak ada gunanya.” Keliru: thread melepas GIL saat menunggu I/O, jadi 8 thread bisa menunggu 8 tugas × 100 ms bersamaan. Di CPython 3.10–3.13, semuanya selesai dalam 0,10–0,14 detik, bukan 0,8 detik.
bandingkan-myth-queue-faster = “Mengirim tugas ke antrean seperti Celery membuatnya lebih cepat selesai.” Keliru: antrean justru menambah biaya, yaitu menyalakan worker Celery dan perjalanan setiap pesan lewat _broker_. Untuk 10 tugas kecil, Celery jauh lebih lambat daripada mengerjakannya satu per satu. Manfaat antrean ada di tempat lain: pengguna tidak perlu menunggu, tugas bisa dicoba ulang, dan pekerjaan bisa dibagi ke banyak mesin.
bandingkan-summary =
    - Tugas yang sebagian besar menunggu I/O: asyncio (ribuan penantian di satu thread) atau threading (pustaka yang memblokir tetap bisa dipakai).
    - Kerja CPU dalam Python murni: multiprocessing, karena setiap proses punya GIL sendiri; build _free-threaded_ adalah pilihan yang lebih baru.
    - Tugas yang terlalu kecil tidak sepadan dengan biaya menyalakan proses atau mengirim pesan.
    - Celery bukan untuk mempercepat, melainkan untuk memindahkan pekerjaan ke latar belakang, lengkap dengan coba ulang dan pembagian kerja ke banyak mesin.
    - `concurrent.futures` memberi satu antarmuka untuk thread dan proses: mulailah dari sana, lalu ukur.
bandingkan-preset-scraping = Scraping 50 halaman
bandingkan-preset-photos = Mengubah ukuran 20 foto
bandingkan-preset-chat = Server chat 1.000 koneksi
bandingkan-preset-report = Laporan malam hari di latar belakang
bandingkan-preset-mixed = Campuran
bandingkan-predict-title = Tebak dulu: model mana yang paling cepat untuk beban ini?
bandingkan-model-sequential = Berurutan
bandingkan-model-asyncio = asyncio
bandingkan-model-threading = threading (dengan GIL)
bandingkan-model-threading-nogil = threading tanpa GIL (free-threaded)
bandingkan-model-multiprocessing = multiprocessing
bandingkan-model-celery = Celery
bandingkan-running = Menjalankan: { $model }
bandingkan-refused-loop = Tidak dijalankan: bagian CPU semua tugas ({ $ms }) akan memblokir event loop halaman ini saat giliran asyncio, lebih lama daripada batas { $max }. Kurangi jumlah tugas atau kerja CPU per tugas.
bandingkan-results-title = Hasil per model (satu skala)
bandingkan-result-time = { $ms } · { $ratio } dibanding berurutan
bandingkan-result-startup = (termasuk { $ms } untuk menyalakan { $n } Web Worker yang memerankan proses)
bandingkan-result-startup-celery = (termasuk { $ms } untuk menyalakan node Celery beserta proses anaknya: { $n } Web Worker)
bandingkan-result-failed = tidak berjalan: { $why }
bandingkan-result-not-here = tidak dijalankan di halaman ini
bandingkan-result-waiting = menunggu giliran…
bandingkan-result-idle = belum diukur
bandingkan-results-honest = Semua waktu diukur dalam balapan kali ini; percepatan = waktu berurutan dibagi waktu model itu. Model dijalankan satu per satu, jadi tidak saling mengganggu.
bandingkan-results-celery = **Celery** dijalankan dengan implementasi dari halaman Celery: satu node (`celery worker`) dengan `workers` proses anak (`--concurrency`), yaitu _pool prefork_ seperti multiprocessing, tetapi setiap tugas lewat _broker_. Waktunya sudah termasuk menyalakan node dan proses anaknya (seperti menjalankan `celery worker`) serta perjalanan bolak-balik setiap pesan antara _broker_ di halaman ini, node, dan proses anak (latensi _broker_). Yang tidak termasuk: perjalanan lewat jaringan ke Redis atau RabbitMQ sungguhan, yang di server menambah sekitar satu milidetik atau lebih per pesan.
bandingkan-verdict-held = Tebakan Anda tepat: { $predicted } paling cepat ({ $ms }).
bandingkan-verdict-tie = Tebakan Anda bisa dibilang tepat: { $predicted } butuh { $ms }, seri dengan { $fastest } yang butuh { $best }; selisihnya masih dalam batas derau pengukuran.
bandingkan-verdict-missed = Kali ini tebakan Anda meleset: { $predicted } butuh { $ms }, { $ratio } lebih lambat daripada model tercepat, yaitu { $fastest } ({ $best }).
bandingkan-advice-title = Cara memilih untuk beban ini
bandingkan-advice-share = Beban ini terdiri atas { $io } menunggu I/O dan { $cpu } kerja CPU, dengan { $tasks } tugas (rata-rata { $ms } per tugas).
bandingkan-advice-fit-sequential = Total pekerjaannya sangat kecil: jalankan saja berurutan, karena biaya menyalakan thread atau proses lebih besar daripada waktu yang dihemat.
bandingkan-advice-fit-asyncio = Hampir semuanya menunggu, dan tugasnya banyak: **asyncio** menunggu semuanya sekaligus di satu thread tanpa perlu satu thread per tugas, asalkan pustakanya mendukung `async` (misalnya aiohttp atau httpx).
bandingkan-advice-fit-threading = Hampir semuanya menunggu, dan tugasnya sedikit: **threading** (misalnya `ThreadPoolExecutor`) paling sederhana, karena GIL dilepas saat menunggu dan pustaka yang memblokir tetap bisa dipakai apa adanya; asyncio sama cepatnya.
bandingkan-advice-fit-multiprocessing = Hampir semuanya berupa perhitungan dalam Python murni: **multiprocessing** memakai banyak inti karena setiap proses punya interpreter dan GIL sendiri; thread dengan GIL tidak akan lebih cepat, sedangkan build _free-threaded_ bisa menjadi pilihan.
bandingkan-advice-fit-mixed = Menunggu dan menghitung sama-sama berpengaruh: tunggu I/O dengan asyncio atau thread, dan kirim bagian CPU ke **proses** (misalnya `loop.run_in_executor` dengan `ProcessPoolExecutor`).
bandingkan-advice-fit-celery = Rata-rata setiap tugas memakan waktu lebih dari setengah detik: jangan biarkan pengguna menunggunya. Kirim tugas ke antrean seperti **Celery**, yang menjalankannya di latar belakang, bisa mencoba ulang, dan tetap aman jika ada worker Celery yang mati.
bandingkan-check-confirmed = Hasil balapan di perangkat ini sejalan dengan saran itu: { $model } termasuk yang tercepat, { $ratio } dibanding berurutan.
bandingkan-check-not-here = { $model } tidak dijalankan di halaman ini, jadi balapan ini tidak bisa membuktikannya; model tercepat di atas memberi gambaran berapa lama pekerjaannya sendiri berlangsung.
bandingkan-check-one-core = Di perangkat ini { $fastest } yang menang, bukan { $model }, tetapi sarannya tidak keliru: bahkan thread tanpa GIL tidak lebih cepat daripada satu thread, artinya saat ini perangkat Anda hanya memberi halaman ini satu inti (mungkin karena sedang sibuk, dalam mode hemat daya, atau berupa mesin virtual bersama). Di perangkat seperti itu, CPython pun tidak bisa mempercepat kerja CPU dengan proses; jalankan lagi saat perangkat lebih lengang.
bandingkan-check-cores = Di perangkat ini { $fastest } yang menang, bukan { $model }: perangkat ini hanya punya { $cores } inti untuk { $workers } proses worker, jadi proses-proses itu bergantian memakai inti yang sama.
bandingkan-check-startup = Di perangkat ini { $fastest } yang menang, bukan { $model }: kerja paralelnya sama cepat, tetapi menyalakan prosesnya (di sini: Web Worker) memakan waktu lebih lama daripada waktu yang dihemat. Untuk beban kecil, biaya awal proseslah yang menentukan.
bandingkan-check-nogil = Di perangkat ini { $fastest } yang menang, bukan { $model }: tanpa GIL, thread memakai semua inti seperti proses. Di Python, itu butuh build _free-threaded_ (3.13t ke atas), yang belum didukung oleh banyak pustaka berekstensi C.
bandingkan-check-rounds = Di perangkat ini { $fastest } lebih cepat daripada { $model }: { $workers } thread hanya bisa menunggu { $workers } dari { $tasks } tugas sekaligus, jadi penantiannya berlangsung dalam beberapa giliran, sedangkan event loop menunggu semuanya bersamaan. Dengan thread sebanyak tugas, keduanya hampir seri.
bandingkan-check-tie = Di perangkat ini { $fastest } sedikit lebih cepat daripada { $model }: keduanya menunggu bersamaan, jadi untuk beban yang hanya menunggu, pilihan di antara keduanya lebih soal pustaka dan gaya kode daripada soal kecepatan.
bandingkan-check-other = Di perangkat ini { $fastest } yang menang, bukan { $model }. Perangkat yang sibuk atau hanya punya { $cores } inti bisa membalik hasil yang tipis; jalankan sekali lagi untuk melihat apakah hasilnya sama.
bandingkan-check-queue = Di perangkat ini { $fastest } yang menang, bukan { $model }, dan itu wajar: antrean tugas tidak membuat pekerjaan lebih cepat. Celery harus menyalakan node-nya dan mengirim setiap pesan lewat _broker_; sebagai gantinya, pengguna tidak perlu menunggu, tugas bisa dicoba ulang, dan worker Celery bisa ditambah di mesin lain.
bandingkan-timeline-title = Lini masa setiap model pada satu sumbu waktu
bandingkan-legend-total = lama model ini berjalan
bandingkan-legend-startup = menyalakan proses atau node (Web Worker, diukur)
bandingkan-table-title = Ringkasan: kapan memakai apa
bandingkan-table-head = Situasi | Pilih | Python di banyak inti? | Berbagi memori? | Biaya awal | Jebakan utama
bandingkan-table-row-1 = Ribuan koneksi jaringan | asyncio | Tidak (satu thread) | Ya | Sangat kecil | Satu panggilan yang memblokir membekukan semuanya
bandingkan-table-row-2 = Beberapa penantian I/O, pustaka yang memblokir | threading | Tidak, karena GIL | Ya | Kecil | _Race condition_; GIL untuk kerja CPU dalam Python murni
bandingkan-table-row-3 = Kerja CPU di pustaka C (NumPy, `hashlib`, `zlib`) | threading | Ya, pustakanya melepas GIL | Ya | Kecil | Hanya selama kode C yang melepas GIL sedang berjalan
bandingkan-table-row-4 = Kerja CPU dalam Python murni | multiprocessing | Ya | Tidak (data disalin) | Besar | Penjaga `__main__`, _pickling_, tugas yang terlalu kecil
bandingkan-table-row-5 = Kerja CPU, thread tanpa GIL | build _free-threaded_ | Ya | Ya | Kecil | Pustaka yang belum siap; _race condition_ jadi lebih sering
bandingkan-table-row-6 = Pekerjaan latar belakang, coba ulang, banyak mesin | Celery | Ya (banyak proses, banyak mesin) | Tidak (lewat _broker_) | Besar | Tugas harus idempoten; `acks_late`; _prefetch_
bandingkan-libs-title = Pustaka lainnya
bandingkan-libs-1 = `concurrent.futures`: satu antarmuka (`ThreadPoolExecutor`, `ProcessPoolExecutor`) untuk thread dan proses; titik awal yang baik sebelum memilih yang lain.
bandingkan-libs-2 = aiohttp / httpx: klien HTTP (aiohttp juga menyediakan server) yang mendukung `async`, sehingga asyncio memang bisa menunggu banyak permintaan sekaligus.
bandingkan-libs-3 = trio / anyio: gaya lain untuk kode `async` dengan konkurensi terstruktur; anyio berjalan di atas asyncio maupun trio.
bandingkan-libs-4 = joblib: `Parallel(n_jobs=…)` untuk perulangan CPU yang sederhana; populer di kalangan pengguna scikit-learn.
bandingkan-libs-5 = Dask / Ray: membagi perhitungan besar ke banyak inti atau banyak mesin, dengan penjadwal sendiri.
bandingkan-libs-6 = gevent: _green thread_ yang mengganti fungsi pustaka standar yang memblokir (_monkey patching_), sehingga kode lama bisa menunggu bersamaan tanpa `async`.
bandingkan-docs = Dokumentasi resmi:
bandingkan-code-title = Program Python setiap model
bandingkan-code-sequential = Setiap program di tab lain mengukur dulu versi berurutannya (baris `serial = …`, atau tugas dijalankan satu per satu), lalu membandingkannya dengan versi konkuren.
bandingkan-code-asyncio = Program dari halaman asyncio. Di program itu, kerja CPU berupa perulangan sibuk selama `CPU_MS`; di halaman ini, korutin menghitung unit kerja terkalibrasi yang sama dengan model lain.
bandingkan-code-nogil = Program yang sama dengan tab threading. Untuk menjalankannya tanpa GIL, pakai build _free-threaded_: `python3.13t -X gil=0 program.py`.
bandingkan-code-mp = Program dari halaman multiprocessing, dengan penantian I/O sebelum bagian CPU setiap tugas. Dalam program ini, argumen dan hasil memang di-_pickle_ dan dikirim antarproses; di halaman ini tidak.
bandingkan-code-celery = `tasks.py` dari halaman Celery untuk beban yang sama, dengan satu node dan `--concurrency` sebanyak `workers`: inilah yang dijalankan baris Celery di atas (formulir di halaman Celery sendiri membatasi paling banyak 8 proses anak per node). Di halaman ini, pengaturannya bawaan Celery: _ack_ di awal, _prefetch_ 4, tanpa kegagalan, tanpa _crash_.
bandingkan-code-celery-worker = Jalankan worker Celery-nya dengan:

## Program Python (komentar dan label di dalam kode)

py-run-with = jalankan dengan: python3 program.py
py-same-waits = Waktu tunggu setiap tugas, sama persis dengan demo di halaman.
py-cpu = Kerja CPU tanpa await di dalamnya: selama kode ini berjalan, event loop ikut sibuk.
py-blocking = memblokir seluruh event loop!
py-done = selesai
py-timed-out = melewati batas waktu
py-elapsed = waktu total
py-skip = Anda tidak perlu membaca bagian ini: pembangkit angka acak yang sama dengan halaman, agar setiap tugas mendapat waktu yang sama persis.
py-same-cpu = Kerja CPU setiap tugas, sama persis dengan demo di halaman.

## Menjalankan demo (bersama)

run = Jalankan
cancel = Batalkan
run-status-idle = Siap dijalankan.
run-status-running = Sedang berjalan…
run-status-done = Selesai.
run-status-cancelled = Dibatalkan.
run-status-refused = Tidak dijalankan.
run-phase-queued = Menunggu demo lain selesai berjalan…
run-phase-workers = Menyiapkan { $n } Web Worker…
run-phase-calibrating = Kalibrasi: mengukur kecepatan satu inti…
run-phase-pass = Tahap { $i } dari { $n }: { $label }
run-refused = Demo ini diperkirakan berjalan sekitar { $ms }, melebihi batas kami ({ $max }). Kurangi jumlah tugas, kerja CPU per tugas, atau jumlah thread atau proses yang diukur.
run-error-unavailable = Web Worker tidak tersedia di halaman ini (halaman tidak terisolasi lintas-origin), jadi kerja paralel tidak bisa dijalankan. Lihat panel kemampuan peramban di bawah.
run-error-workers = Peramban menolak menyalakan Web Worker: { $reason }
run-error-lost = Salah satu Web Worker berhenti tanpa memberi jawaban, jadi demo ini dihentikan. Coba jalankan lagi; Web Worker baru akan disiapkan.
run-honest = Waktu diukur di dalam setiap Web Worker dengan satu jam yang sama untuk semuanya (performance.timeOrigin + performance.now()).
preset-title = Contoh situasi:
behind-title = Di balik layar: bagaimana peramban memerankan Python
example-title = Contoh minimal
example-code-title = Program contoh
predict-title = Tebak dulu
predict-intro = Pilih tebakan Anda, lalu tekan tombol di bawahnya. Halaman mengatur parameter demo, menjalankannya di peramban Anda, lalu memberi tahu apakah tebakan Anda tepat.
predict-run = Jalankan dan periksa
predict-pick-first = Pilih dulu salah satu tebakan.
predict-held = Tebakan Anda tepat.
predict-missed = Tebakan Anda meleset.
predict-answer = Jawaban yang terbukti benar: “{ $answer }”.
myth-title = Salah kaprah
myth-intro = Anggapan yang sering terdengar, masing-masing dengan demo yang membantahnya.
myth-try = Buktikan
myth-set = Parameternya sudah diatur. Tekan tombol Jalankan di demo untuk melihat buktinya.
summary-title = Ringkasan
docs-title = Dokumentasi resmi Python:
docs-concurrency = Eksekusi konkuren (Concurrent Execution)
docs-asyncio = asyncio: I/O asinkron
docs-threading = threading: paralelisme berbasis thread
docs-multiprocessing = multiprocessing: paralelisme berbasis proses
docs-title-celery = Dokumentasi resmi Celery:
docs-celery-first-steps = Langkah pertama dengan Celery (First Steps with Celery)
docs-celery-tasks = Tugas (Tasks)
docs-celery-optimizing = Pengoptimalan dan batas prefetch (Optimizing)
docs-concurrent-futures = concurrent.futures: menjalankan tugas paralel
python-title = Program Python yang setara
code-copy = Salin kode
code-copied = Kode sudah disalin.
code-copy-failed = Peramban tidak mengizinkan penyalinan otomatis. Pilih kodenya, lalu salin secara manual.
timeline-title = Lini masa saat terakhir dijalankan
timeline-table = Tampilkan lini masa sebagai tabel
timeline-table-caption = Waktu dalam milidetik sejak demo mulai berjalan. Jika tugasnya banyak, setiap baris merangkum sekelompok tugas yang berurutan.
col-tasks = Tugas
col-outcome = Hasil
lane-loop = event loop
phase-busy = event loop sibuk (menjalankan kode tugas)
phase-queued = antre (belum berjalan)
phase-waiting = menunggu I/O (await)
phase-blocking = memblokir (time.sleep)
phase-running = kerja CPU
outcome-done = selesai
outcome-timed-out = melewati batas waktu
outcome-cancelled = dibatalkan

## Demo asyncio

asyncio-preset-http = 100 permintaan HTTP
asyncio-preset-bot = Bot yang membalas pesan
asyncio-preset-blocking = Satu panggilan yang memblokir
asyncio-refused = Demo ini akan membekukan halaman selama sekitar { $ms }, melebihi batas kami ({ $max }). Panggilan yang memblokir dan kerja CPU berjalan di satu-satunya thread halaman ini, persis seperti di asyncio. Kurangi jumlah tugas, waktu tunggu, atau kerja CPU.
asyncio-live = { $elapsed } telah berlalu · { $ended } dari { $tasks } tugas sudah berakhir
asyncio-lag-now = Keterlambatan event loop saat ini: { $lag } (terbesar: { $max })
asyncio-result-wall = Seluruh { $tasks } tugas berakhir dalam { $ms } (diukur).
asyncio-result-counts = Selesai: { $done } · melewati batas waktu: { $timedout } · dibatalkan: { $cancelled }
asyncio-result-sequential = Jika dikerjakan satu per satu: { $ms } (dihitung dari jumlah semua waktu tunggu dan kerja CPU, bukan diukur). Dengan asyncio, pekerjaan ini selesai { $ratio } lebih cepat daripada cara itu.
asyncio-result-lag = Keterlambatan event loop terbesar selama demo berjalan: { $ms } (diukur dengan detak setiap 10 ms).
asyncio-result-honest = Semua waktu di atas diukur di peramban Anda dengan performance.now(), kecuali yang ditandai “dihitung”.
py-mp-calibrate = Jumlah unit kerja yang diselesaikan satu inti per milidetik di mesin ini, agar CPU_MS memang berarti milidetik.
py-mp-calibrate-picture = Piksel per milidetik di mesin ini, diukur dengan menggambar satu gambar kecil yang utuh, seperti halaman, agar rata-rata tugas memakan CPU_MS.
py-mp-startup = Waktu ini sudah termasuk memulai proses worker: overhead yang nyata.
py-mp-one-process = 1 proses
py-mp-processes = proses
py-mp-speedup = percepatan
py-mp-strips = Gambar dibagi menjadi TASKS pita mendatar, sama dengan halaman; tugas ke-i menghitung pita ke-i.

## Demo multiprocessing

mp-preset-images = Olah 8 gambar dengan Python murni
mp-preset-primes = Hitung bilangan prima
mp-preset-tiny = Terlalu banyak tugas kecil
mp-sweep = Ukur 1…{ $n } proses worker
mp-running = Menjalankan dengan { $n } proses worker…
mp-result-speedup = Percepatan { $ratio } dengan { $n } proses worker (diukur).
mp-result-times = 1 proses worker: { $base } · { $n } proses worker: { $ms } (keduanya diukur dalam percobaan ini).
mp-result-calibration = Kalibrasi perangkat ini: 1 ms kerja satu inti ≈ { $rate } { $unit }.
mp-result-same = Hasil paralel sama persis dengan hasil satu proses worker.
mp-result-different = Peringatan: hasil paralel berbeda dari hasil satu proses worker.
mp-result-capped = Ukuran gambar dibatasi { $max } piksel, jadi kerja per tugas lebih sedikit daripada yang diminta.
mp-result-started = Menyiapkan { $n } proses worker memakan waktu { $ms } (diukur saat halaman ini membutuhkannya). Di Python pun ada biaya memulai proses sebelum tugas pertama berjalan; di peramban biaya ini lebih kecil (lihat “Di balik layar”).
mp-result-amdahl = Hukum Amdahl, S(n) = 1 / (f + (1 − f) / n), paling cocok dengan bagian berurutan f = { $f } (dihitung dari hasil pengukuran dengan berbagai jumlah proses worker).
mp-unit-primes = bilangan yang diperiksa
mp-unit-mandelbrot = piksel Mandelbrot
mp-unit-hash = putaran hash
mp-lane-baseline = 1 proses worker
mp-legend-baseline = pengukuran dengan 1 proses worker (pembanding)
mp-legend-chunk = potongan tugas yang dikerjakan proses worker
mp-chart-title = Percepatan terukur dibandingkan dengan garis ideal dan hukum Amdahl
mp-chart-x = jumlah proses worker
mp-chart-measured = diukur
mp-chart-ideal = ideal (n×, paling tinggi sama dengan jumlah inti)
mp-chart-amdahl = Amdahl, bagian berurutan { $f }
mp-picture = Himpunan Mandelbrot; setiap pita diwarnai sesuai proses worker yang menghitungnya.
py-th-switch = Interval peralihan GIL (sys.setswitchinterval), dalam detik.
py-th-cpu = Kerja CPU dalam Python murni: thread harus memegang GIL selama kode ini berjalan.
py-th-sequential = berurutan
py-th-threaded = dengan thread
py-th-race-call = Pemanggilan fungsi ini disengaja: di titik seperti inilah CPython memeriksa permintaan peralihan GIL, sehingga thread lain bisa menyela di antara baca dan tulis.
py-th-race-lost = pembaruan hilang
py-th-io = I/O: GIL dilepas selama menunggu
py-th-needs-gil = CPU: butuh GIL

## Demo threading

th-preset-download = Unduh 8 berkas
th-preset-cpu = Perhitungan berat dengan 4 thread
th-preset-mixed = Campuran I/O dan CPU
th-running-sequential = Menjalankan semua tugas secara berurutan di 1 thread…
th-running-threaded = Menjalankan dengan { $n } thread…
th-result-speedup = Percepatan { $ratio } dengan { $n } thread (diukur).
th-result-times = Berurutan: { $seq } · dengan thread: { $ms } (keduanya diukur dalam percobaan ini).
th-result-gil = GIL berpindah tangan { $switches } kali; total waktu para thread menunggu GIL: { $waited }.
th-result-free = Tanpa GIL: thread-thread menjalankan kode Python secara paralel.
th-legend-gil = pemegang GIL (satu warna untuk tiap thread)
th-legend-running = menjalankan kode Python
th-legend-wait = menunggu GIL
th-legend-io = menunggu I/O (GIL dilepas)
race-title = Lab race condition (kondisi balapan)
race-intro = Setiap thread menambah satu penghitung bersama berulang kali dalam tiga langkah: membaca nilainya, menambahkan 1 lewat sebuah pemanggilan fungsi, lalu menulisnya kembali. Pemanggilan fungsi itu sengaja diletakkan di tengah agar bug-nya terlihat, seperti dijelaskan di bagian race condition. Lab ini memakai pengaturan GIL dan interval peralihan dari formulir di atas.
race-params-title = Parameter lab
race-run = Jalankan lab
race-python-title = Program Python untuk lab ini
race-result = Seharusnya { $expected }, hasilnya { $actual }: { $lost } pembaruan hilang.
race-detail = Waktu terukur: { $ms }; GIL berpindah tangan { $switches } kali.
race-why-lost = Sebuah thread membaca nilai, lalu disela sebelum sempat menulis. Selama thread itu menunggu, thread lain terus menambah. Ketika thread pertama akhirnya menulis nilai lamanya + 1, semua penambahan dari thread lain selama jeda itu terhapus. Dengan GIL, peralihan seperti itu jarang terjadi, tetapi akibatnya besar: satu peralihan yang jatuh di antara baca dan tulis bisa menghapus ribuan penambahan sekaligus. Tanpa GIL, thread-thread berjalan bersamaan, sehingga tabrakan jauh lebih sering, tetapi biasanya setiap tabrakan hanya menghapus satu atau beberapa penambahan.
race-why-locked = Dengan lock, tidak ada thread lain yang bisa masuk ke langkah baca–tambah–tulis sebelum thread pemegang lock selesai, jadi hitungannya tepat.
race-why-lucky = Kali ini tidak ada pembaruan yang hilang: tidak ada peralihan yang jatuh di antara baca dan tulis. Itu kebetulan, bukan jaminan. Perbesar jumlah penambahan atau perkecil interval peralihan, lalu coba lagi.

## Gerak lambat (replay) dan berkas jejak: sama untuk setiap demo.
replay-title = Gerak lambat
replay-intro = Putar ulang jalannya demo barusan, langkah demi langkah. Setiap langkah adalah kejadian yang direkam saat demo berjalan, bukan hasil simulasi ulang.
replay-capped = Demo kali ini menghasilkan banyak langkah: hanya { $kept } langkah pertama yang direkam. Setelah itu perekaman dihentikan agar tidak memengaruhi hasil pengukuran.
replay-back = ◀ Mundur
replay-play = ▶ Putar
replay-pause = ❚❚ Jeda
replay-step = Maju ▶
replay-speed = Kecepatan
replay-scrubber = Posisi putar ulang
replay-position = Langkah { $step } dari { $steps } · { $at }
replay-start = Belum ada langkah yang diputar. Tekan Maju atau Putar.
replay-row-running = Sedang berjalan
replay-row-ready = Antrean siap
replay-row-timers = Pewaktu (tenggat terdekat lebih dulu)
replay-row-semaphore = Menunggu izin semaphore
replay-row-ended = Selesai / melewati batas waktu / dibatalkan
replay-export = Unduh berkas jejak (JSON)
replay-open = Buka berkas jejak:
replay-open-not-json = Berkas ini bukan JSON yang bisa dibaca, atau ukurannya terlalu besar. Pilih berkas yang diunduh lewat tombol Unduh berkas jejak.
replay-open-no-events = Berkas ini memang JSON, tetapi tidak berisi peristiwa jejak ("traceEvents" dengan "ph": "X").
replay-open-too-many-lanes = Berkas ini punya terlalu banyak jalur untuk digambar.
replay-opened = Jejak dari halaman { $page }: { $lanes } jalur, { $spans } segmen.
replay-opened-link = Buka demo dengan parameter yang sama
replay-opened-title = Lini masa dari berkas jejak yang dibuka
replay-opened-more = Hanya { $shown } jalur pertama yang digambar.
replay-asyncio-created = asyncio.gather membungkus korutin { $task } menjadi Task dan memasukkannya ke antrean siap.
replay-asyncio-resumed = Event loop mengambil korutin { $task } dari antrean siap dan menjalankannya.
replay-asyncio-sleep = Korutin { $task } menunggu asyncio.sleep sampai { $at }; sementara itu, event loop bebas menjalankan korutin lain.
replay-asyncio-semaphore = Korutin { $task } menunggu izin dari semaphore; sementara itu, event loop bebas menjalankan korutin lain.
replay-asyncio-woken = Yang ditunggu korutin { $task } sudah siap, jadi korutin itu kembali ke antrean siap.
replay-asyncio-done = Korutin { $task } selesai.
replay-asyncio-timed-out = Batas waktu korutin { $task } habis: wait_for membatalkannya.
replay-asyncio-cancelled = Korutin { $task } dibatalkan.
replay-lane-task = korutin { $n }
replay-lane-thread = thread { $n }
replay-lane-worker = proses worker { $n }
replay-lane-node = node worker { $n }
replay-row-holder = Pemegang GIL (sejak)
replay-row-gil-waiting = Menunggu GIL (sejak)
replay-row-drop-request = Permintaan melepas GIL (penunggu → pemegang)
replay-row-switches = Perpindahan GIL
replay-row-python = Menjalankan kode Python
replay-row-io = Menunggu I/O (GIL dilepas)
replay-gil-asked = Thread { $thread } meminta GIL pada { $at }, tetapi GIL belum bebas, jadi thread itu ikut antre.
replay-gil-took = Thread { $thread } mendapatkan GIL pada { $at }.
replay-gil-drop-request = Thread { $waiter } sudah menunggu satu interval peralihan penuh dan meminta GIL dilepas; thread { $holder } melihat permintaan itu di titik periksa berikutnya dan melepas GIL.
replay-gil-released = Thread { $thread } melepas GIL pada { $at }.
replay-thread-running = Thread { $thread } menjalankan kode Python untuk tugas { $task }.
replay-thread-gil-wait = Thread { $thread } menunggu GIL untuk tugas { $task }.
replay-thread-io = Thread { $thread } menunggu I/O untuk tugas { $task }; GIL dilepas, jadi thread lain bisa memakainya.
replay-thread-idle = Thread { $thread } selesai mengerjakan tugas { $task }.
replay-row-mp-current = Potongan yang sedang dikerjakan (proses worker: tugas)
replay-row-mp-queue = Potongan yang masih antre
replay-row-mp-finished = Potongan selesai
replay-mp-queued = Pool.map membagi { $tasks } tugas menjadi { $chunks } potongan (chunksize = { $chunksize }), lalu memasukkannya ke antrean.
replay-mp-took = Proses worker { $worker } mengambil potongan { $chunk } (tugas { $first }–{ $last }) dari antrean.
replay-mp-finished = Proses worker { $worker } menyelesaikan potongan { $chunk } dan mengirim hasilnya kembali.
replay-row-ce-queue = Antrean di broker (↺ = dikirim ulang)
replay-row-ce-reserved = Dicadangkan di tiap node (belum dimulai)
replay-row-ce-active = Sedang berjalan di tiap node
replay-row-ce-acks = Ack / dikirim ulang
replay-row-ce-ended = SUCCESS / RETRY / FAILURE
replay-ce-published = Produsen memanggil .delay(): pesan untuk tugas { $task } masuk ke antrean broker.
replay-ce-republished = Tugas { $task } menjadwalkan coba ulang ke-{ $retries }: pesan barunya masuk ke antrean dengan ETA.
replay-ce-delivered = Broker mengirim pesan tugas { $task } ke node { $node }; pesan itu belum di-ack.
replay-ce-redelivered = Broker mengirim ulang pesan tugas { $task } ke node { $node }.
replay-ce-acked = Node { $node } mengonfirmasi (ack) pesan tugas { $task }: broker menghapusnya.
replay-ce-requeued = Pesan tugas { $task } yang dipegang node { $node } belum di-ack dan kembali ke antrean broker.
replay-ce-received = Node { $node } menerima tugas { $task } (task-received) dan mencadangkannya.
replay-ce-started = Proses anak { $child } di node { $node } mulai menjalankan tugas { $task } (task-started).
replay-ce-success = Tugas { $task } selesai di node { $node }: SUCCESS.
replay-ce-retry = Tugas { $task } memunculkan galat di node { $node }: RETRY.
replay-ce-failure = Tugas { $task } gagal di node { $node }: FAILURE.
replay-ce-rejected = Proses anak di node { $node } mati saat menjalankan tugas { $task }: node menolak pesannya, dan broker mengembalikannya ke antrean.
replay-ce-revoked = Node { $node } membatalkan tugas { $task } (revoke): statusnya REVOKED.
replay-ce-node-down = Node { $node } mati beserta proses anaknya; pesan yang belum di-ack akan dikembalikan broker ke antrean.
bandingkan-replay-model = Putar ulang model:
replay-asyncio-partial = Demo ini menjalankan banyak korutin: hanya { $watched } korutin pertama (dari { $tasks }) yang direkam, agar perekaman tidak mengubah waktu yang diukur.
race-lost-log = Lihat { $n } pembaruan hilang pertama, sebagaimana direkam saat demo berjalan
race-lost-one = { $at }: thread { $thread } membaca { $read } lalu disela; saat ia menulis { $wrote }, penghitung sudah berisi { $before }, jadi { $erased } penambahan dari thread lain terhapus.
race-lost-unwatched = Tanpa GIL, thread-thread berjalan bersamaan, jadi tidak ada peralihan yang bisa diamati. Jika setiap penulisan dicatat, balapannya sendiri akan berubah; karena itu yang ditampilkan hanya jumlahnya.
