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
footer-text = Setiap angka di halaman ini diukur di peramban Anda, kecuali yang ditandai sebagai model atau sebagai hasil pengukuran CPython.
prerender-loading = Memuat demo… Penjelasan di atas sudah bisa dibaca; demonya aktif begitu kodenya selesai dimuat.

## Parameter

params-title = Parameter beban kerja
params-none = Halaman ini belum memiliki parameter. Pilih salah satu demo di menu untuk mencobanya sendiri.
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

demo-soon-title = Demo langsung segera hadir
demo-soon-body = Demo untuk halaman ini sedang kami bangun. Parameter di atas sudah bisa diubah dan ikut tersimpan dalam tautan berbagi, sehingga tautan yang Anda bagikan sekarang akan tetap berfungsi nanti.

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
notice-invalid = Nilai “{ $given }” untuk `{ $key }` tidak dapat dibaca, jadi nilai bawaan yang dipakai.
notice-clamped = Nilai { $given } untuk `{ $key }` berada di luar rentang yang diizinkan, jadi yang dipakai adalah { $used }.
notice-rounded = Nilai { $given } untuk `{ $key }` dibulatkan menjadi { $used }.

## Panel kemampuan peramban

cap-title = Kemampuan peramban ini
cap-isolated-yes = Halaman ini terisolasi lintas-origin (cross-origin isolated): memori bersama untuk thread tersedia.
cap-isolated-no = Halaman ini tidak terisolasi lintas-origin, jadi peramban menonaktifkan memori bersama (SharedArrayBuffer).
cap-cores = Peramban melaporkan { $n } inti prosesor.
cap-pool-idle = Belum ada Web Worker yang berjalan: Web Worker baru dimulai di halaman yang membutuhkannya (threading, multiprocessing), atau saat Anda menekan tombol uji di bawah.
cap-pool-starting = Memulai { $n } Web Worker…
cap-pool-ready = { $n } Web Worker siap, dimulai dalam { $ms }.
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
    atau dari diska, tugas lain tetap bisa berjalan. Program tidak perlu menunggu satu tugas selesai
    sebelum memulai tugas berikutnya.
beranda-prose-3 =
    Bayangkan seorang barista yang bekerja sendirian. Sambil menunggu mesin menyeduh kopi pertama,
    ia mencatat pesanan kedua, lalu memanaskan susu untuk pesanan ketiga. Yang bekerja tetap hanya
    satu orang, tetapi tidak ada waktu yang terbuang hanya untuk berdiri menunggu mesin. Itulah
    konkurensi.
beranda-prose-4 = ## Konkurensi bukan paralelisme
beranda-prose-5 = **Paralelisme** berarti beberapa tugas dikerjakan tepat pada saat yang sama,
    masing-masing di inti prosesor yang berbeda. Dalam contoh tadi, paralelisme berarti ada dua
    barista. Konkurensi adalah soal _menyusun_ pekerjaan, sedangkan paralelisme adalah soal
    _mengerjakannya_ sekaligus. Program konkuren bisa berjalan di satu inti saja; paralelisme
    membutuhkan lebih dari satu inti.
beranda-prose-6 = ## I/O-bound atau CPU-bound?
beranda-prose-7 =
    - _I/O-bound_ (terikat I/O): tugas yang sebagian besar waktunya habis untuk menunggu, misalnya meminta data dari internet, membaca atau menulis berkas, atau mengirim kueri ke basis data. Selama menunggu, prosesor nyaris menganggur.
    - _CPU-bound_ (terikat CPU): tugas yang sibuk menghitung, misalnya mencari bilangan prima atau mengolah jutaan baris data dengan perulangan Python. Prosesor bekerja penuh sepanjang waktu.
beranda-prose-8 =
    Jenis tugas inilah yang menentukan pendekatan yang tepat. Menunggu banyak hal sekaligus cukup
    dilakukan oleh satu inti, sedangkan perhitungan hanya bisa dipercepat dengan menambah inti yang
    bekerja paralel.
beranda-prose-9 = ## Peta empat pendekatan di Python
beranda-prose-10 =
    - **asyncio**: satu _event loop_ (perulangan peristiwa) menjalankan banyak korutin (_coroutine_) dengan `async`/`await`. Sangat hemat untuk tugas I/O-bound seperti server web dan bot.
    - **threading**: beberapa _thread_ (benang) dalam satu proses berbagi memori, tetapi GIL (_Global Interpreter Lock_) hanya mengizinkan satu thread menjalankan kode Python pada satu waktu. Cocok untuk tugas I/O-bound dan untuk fungsi C yang melepas GIL (misalnya `hashlib`, `zlib`, NumPy), tetapi tidak mempercepat perhitungan dalam Python murni.
    - **multiprocessing**: beberapa proses, masing-masing dengan interpreter Python dan GIL sendiri, sehingga perhitungan dalam Python murni pun bisa berjalan paralel.
    - **Celery**: pustaka untuk mengirim tugas ke antrean; _worker_ Celery, yaitu program terpisah yang bisa berjalan di mesin lain, mengambil tugas itu dan mengerjakannya di latar belakang.
beranda-prose-11 =
    Di halaman asyncio, threading, dan multiprocessing, penjelasan disajikan berdampingan dengan
    demo yang berjalan di peramban Anda. Ubah parameternya, tekan **Jalankan**, lalu lihat di lini
    masa apa yang sebenarnya terjadi. Halaman **Bandingkan** membantu Anda memilih pendekatan yang
    tepat.
beranda-prose-12 =
    Perlu diingat, peramban bukan CPython. Di sini, _Web Worker_ berperan sebagai thread dan proses,
    dan kode yang berjalan adalah Rust yang dikompilasi ke WebAssembly. Setiap halaman menjelaskan
    bagian mana yang sama dengan Python dan bagian mana yang berbeda.

## asyncio

asyncio-title = asyncio
asyncio-lead = Korutin yang bergiliran di satu event loop.
asyncio-prose-1 =
    Modul `asyncio` adalah bagian dari pustaka standar Python untuk menulis program berbasis
    _event loop_ (perulangan peristiwa) dengan `async` dan `await`. Tugas I/O-bound bisa menunggu secara
    efisien tanpa memblokir seluruh program. Karena itu, asyncio sangat cocok untuk aplikasi
    jaringan seperti server web atau bot.
asyncio-prose-2 = ## Event loop dan korutin
asyncio-prose-3 =
    Fungsi yang ditulis dengan `async def` adalah fungsi korutin (_coroutine_). Memanggilnya belum
    menjalankan isinya. Misalnya, jika `ambil` ditulis dengan `async def`, maka `ambil()` hanya
    menghasilkan sebuah objek korutin. Isinya baru berjalan setelah objek itu ditunggu dengan
    `await`, atau dijadwalkan sebagai tugas, misalnya dengan `asyncio.create_task` atau
    `asyncio.gather`. Lupa menulis `await` adalah kesalahan klasik pemula. Tanda-tandanya: tugas itu
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
asyncio-prose-8 =
    Di peramban, halaman ini juga memiliki event loop. Setiap `await` dalam kode Rust yang harus
    menunggu, misalnya menunggu pewaktu, menyerahkan kendali ke event loop peramban, seperti di
    asyncio. Bedanya, event loop peramban juga harus menggambar halaman, sehingga tugas yang
    memblokir di sini ikut membekukan tampilan.
asyncio-prose-9 = ## Pembatalan
asyncio-prose-10 =
    Membatalkan tugas di asyncio berarti memunculkan `CancelledError` di dalam korutin, tepat di
    titik `await` tempat korutin itu sedang menunggu. Jadi, pembatalan hanya bisa terjadi saat
    korutin sedang menunggu: korutin yang sedang menjalankan `time.sleep` atau perhitungan berat
    tidak bisa dihentikan sampai panggilan itu selesai. Hal yang sama berlaku untuk
    `asyncio.wait_for`: batas waktunya baru bisa berlaku setelah event loop kembali mendapat giliran.
asyncio-prose-11 = ## Cara membaca demo ini
asyncio-prose-12 =
    - Baris **event loop** menunjukkan kapan event loop sibuk menjalankan kode tugas (kerja CPU atau panggilan yang memblokir). Selama baris itu kosong, event loop bebas melayani tugas lain.
    - Setiap baris berikutnya mewakili satu tugas (atau sekelompok tugas jika jumlahnya banyak): abu-abu saat belum berjalan, biru muda saat menunggu I/O dengan `await`, jingga saat memblokir, dan biru tua saat memakai CPU.
    - **Keterlambatan event loop** diukur dengan detak yang meminta giliran setiap 10 ms. Jika detak itu terlambat 300 ms, artinya selama 300 ms tidak ada yang bisa berjalan, termasuk pembaruan tampilan halaman ini.
asyncio-prose-13 =
    Seperti asyncio, demo ini menyimpan semua tenggat `sleep` dalam satu antrean yang diurutkan
    menurut waktu, dan hanya memasang satu pewaktu (_timer_) peramban untuk tenggat yang paling
    awal. Karena itu, 10.000 tugas yang masing-masing menunggu 100 ms bisa selesai dalam waktu
    yang tidak jauh lebih lama daripada 100 ms. Bedanya dengan Python: waktu tunggu di sini berupa
    jeda pewaktu di peramban, bukan permintaan jaringan, dan kode tugasnya adalah Rust yang
    dikompilasi ke WebAssembly.

## threading

threading-title = threading
threading-lead = Thread yang berbagi memori dan bergiliran memegang GIL.
threading-prose-1 =
    Modul `threading` membuat beberapa _thread_ (benang) yang berjalan bersamaan di dalam satu
    proses. Thread-thread ini berbagi memori utama, sehingga pertukaran data menjadi mudah. Namun,
    di CPython yang biasa, GIL (_Global Interpreter Lock_) hanya mengizinkan satu thread
    menjalankan kode Python pada satu waktu.
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
    - Thread yang ingin mendapatkan GIL menunggu dulu selama satu interval peralihan (_switch interval_). Nilai bawaannya 5 ms (lihat `sys.getswitchinterval()`). Jika GIL belum juga dilepas, barulah ia meminta pemegangnya melepaskan GIL.
    - Pemegang GIL memeriksa permintaan itu hanya di titik-titik tertentu, misalnya saat memanggil fungsi atau saat perulangan kembali ke awal, lalu melepaskan GIL di titik berikutnya. Panggilan C yang panjang dan tidak melepas GIL bisa menahannya jauh lebih lama daripada 5 ms.
    - Sistem operasilah yang menentukan thread mana yang mendapat GIL berikutnya. Demo ini menyerahkannya menurut urutan antre (siapa datang lebih dulu, dilayani lebih dulu); itu pilihan model, bukan jaminan CPython.
threading-prose-5 =
    Akibatnya, threading cocok untuk tugas I/O-bound: empat thread yang menunggu bisa hampir empat
    kali lebih cepat. Untuk perhitungan dalam Python murni, threading tidak membantu: empat thread
    yang menghitung tidak lebih cepat daripada satu thread.
threading-prose-6 = ## Python tanpa GIL
threading-prose-7 =
    Sejak Python 3.13, CPython juga tersedia dalam _build_ khusus yang _free-threaded_ (tanpa GIL,
    PEP 703). Build ini dipasang terpisah dan punya nama sendiri, misalnya `python3.13t`; `python3`
    yang biasa tetap memakai GIL. Di Python 3.13 statusnya masih eksperimental; sejak Python 3.14
    ia didukung secara resmi (PEP 779), tetapi belum menjadi bawaan. Di sana, thread-thread bisa
    menjalankan kode Python secara paralel di beberapa inti, dan race condition jauh lebih mudah
    muncul. Modul ekstensi C yang belum dinyatakan aman tanpa GIL akan menyalakan GIL kembali saat
    diimpor; `sys._is_gil_enabled()` memberi tahu apakah GIL sedang aktif. Mesin uji kami hanya
    memiliki CPython dengan GIL, jadi keterangan tentang build _free-threaded_ di sini bersumber dari
    dokumentasi Python, bukan dari pengukuran kami.
threading-prose-8 = ## Race condition dan lock
threading-prose-9 =
    Berbagi memori ada harganya. `counter += 1` bukan satu langkah, melainkan tiga: baca, tambah,
    tulis, dan Python tidak menjamin ketiganya berjalan tanpa disela. Jika thread lain menyela di
    antara baca dan tulis, semua penambahan yang dibuatnya selama jeda itu tertimpa. Inilah
    _race condition_ (kondisi balapan). Di CPython 3.10–3.13 dengan GIL, `counter += 1` yang polos
    memang jarang sekali disela, karena GIL hanya berpindah di titik tertentu, misalnya saat
    memanggil fungsi: dalam uji kami, 4 thread × 1.000.000 penambahan tidak kehilangan satu pun
    pembaruan. Namun, itu efek samping cara kerja interpreter, bukan jaminan. Sisipkan satu
    pemanggilan fungsi di antara baca dan tulis, dan 40–70% pembaruan hilang; di build
    _free-threaded_, tabrakan bisa terjadi di mana saja. Solusinya adalah lock seperti
    `threading.Lock`, yang memastikan hanya satu thread menjalankan bagian itu pada satu waktu.
threading-prose-10 =
    Di halaman ini, setiap thread Python diperankan oleh sebuah _Web Worker_ yang berbagi memori
    WebAssembly, dan GIL-nya adalah lock di memori bersama itu. Kode yang berjalan adalah Rust,
    bukan _bytecode_ Python, tetapi aturan GIL-nya mengikuti CPython.
threading-prose-11 = ## Cara membaca demo ini
threading-prose-12 =
    - Baris **GIL** menunjukkan thread mana yang memegang GIL dari waktu ke waktu; setiap pergantian warna menandai satu kali GIL berpindah tangan.
    - Setiap thread punya barisnya sendiri: biru tua saat menjalankan kode Python (memegang GIL), kuning saat menunggu GIL, dan biru muda saat menunggu I/O (GIL dilepas).
    - Setiap tugas terdiri atas bagian I/O (misalnya mengunduh), lalu bagian CPU (misalnya mengolah hasil unduhan). Waktu berurutan dan waktu dengan thread sama-sama diukur dalam satu eksekusi yang sama.
threading-prose-13 =
    Coba contoh **Campuran I/O dan CPU**: thread yang baru selesai menunggu I/O harus kembali antre
    untuk mendapatkan GIL di belakang thread-thread yang sedang menghitung, kadang sampai satu
    interval peralihan penuh. Inilah _convoy effect_ (efek konvoi): kerja CPU memperlambat thread
    yang sebenarnya hanya ingin segera kembali menunggu I/O.

## multiprocessing

multiprocessing-title = multiprocessing
multiprocessing-lead = Beberapa proses di beberapa inti, berjalan paralel sepenuhnya.
multiprocessing-prose-1 =
    Modul `multiprocessing` membuat beberapa proses yang berjalan bersamaan. Setiap proses memiliki
    interpreter Python sendiri, dan GIL tidak berlaku antarproses. Karena itu, multiprocessing cocok
    untuk tugas CPU-bound yang membutuhkan pemrosesan paralel sejati.
multiprocessing-prose-2 = ## Percepatan dan hukum Amdahl
multiprocessing-prose-3 =
    Percepatan (_speedup_) adalah waktu yang dibutuhkan satu proses _worker_ dibagi waktu yang
    dibutuhkan _n_ proses worker. Dengan dua inti, percepatan terbaik yang mungkin adalah 2,0×.
    Bagian program yang tetap berjalan berurutan membatasi percepatan itu. Inilah hukum Amdahl:
    jika _f_ adalah bagian pekerjaan yang harus berurutan (antara 0 dan 1), percepatan dengan _n_
    proses paling tinggi sebesar `S(n) = 1 / (f + (1 − f) / n)`. Misalnya, jika 10% pekerjaan harus
    berurutan (f = 0,1), dua proses paling banyak memberi 1 / (0,1 + 0,9 / 2) ≈ 1,82×, dan berapa
    pun jumlah prosesnya, percepatan tidak akan melewati 1 / f = 10×. Angka "bagian berurutan" di
    hasil demo adalah nilai _f_ yang paling cocok dengan titik-titik hasil pengukuran Anda.
multiprocessing-prose-4 = ## Memulai proses, _pickle_, dan _overhead_
multiprocessing-prose-5 =
    - **Cara memulai proses.** `fork` menyalin proses induk apa adanya. Cara ini menjadi bawaan di Linux sampai Python 3.13: di sana `multiprocessing.get_start_method()` menjawab `'fork'`. `spawn` memulai interpreter baru dari nol dan menjadi bawaan di Windows dan macOS. `forkserver` meminta sebuah proses server kecil untuk membuat proses baru; menurut dokumentasi Python, cara inilah yang menjadi bawaan di Linux mulai Python 3.14.
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
multiprocessing-prose-7 =
    Peramban tidak punya proses sistem operasi. Di halaman ini, setiap proses worker diperankan oleh
    sebuah _Web Worker_, dan semuanya berbagi satu memori WebAssembly: mirip thread tanpa GIL, dan
    tanpa perlu _pickle_. Karena itu, _overhead_ di sini lebih kecil daripada di Python, tetapi bentuk
    kurvanya tetap sama.
multiprocessing-prose-8 = ## Proses worker lebih banyak daripada inti
multiprocessing-prose-9 =
    Anda boleh menjalankan proses worker lebih banyak daripada jumlah inti prosesor. Sistem operasi
    (di sini: peramban) lalu membagi inti yang ada kepada mereka secara bergiliran, sehingga
    percepatan berhenti naik di angka jumlah inti, bahkan sedikit turun karena biaya pergantian
    giliran. Coba tombol **Ukur** dengan jumlah proses worker yang melebihi jumlah inti perangkat
    Anda: titik-titik hasil pengukuran akan mendatar.
multiprocessing-prose-10 = ## Cara membaca demo ini
multiprocessing-prose-11 =
    - **Kalibrasi**: sebelum eksekusi pertama, halaman mengukur seberapa banyak kerja yang bisa diselesaikan satu inti dalam 1 ms di perangkat Anda. Jadi, `cpu_ms=100` berarti kerja 100 ms bagi satu inti, bukan sekadar menunggu 100 ms.
    - **Pembanding**: beban kerja yang sama dijalankan lebih dulu dengan 1 proses worker, lalu dengan jumlah proses worker yang Anda pilih. Percepatan adalah rasio kedua waktu terukur itu.
    - **Lini masa**: baris pertama adalah eksekusi dengan 1 proses worker; baris-baris berikutnya adalah masing-masing proses worker pada eksekusi paralel, beserta potongan tugas (_chunk_) yang dikerjakannya. Waktu dicatat di dalam setiap proses worker dengan satu jam yang sama untuk semuanya.
    - **Mandelbrot**: setiap tugas menghitung satu pita mendatar gambar. Pita yang melintasi bagian tengah himpunan jauh lebih berat daripada pita di tepi, sehingga beban antarproses tidak seimbang; perhatikan bagaimana hal itu menurunkan percepatan.
multiprocessing-prose-12 =
    Sebelum mengukur, halaman menjalankan pemanasan singkat yang tidak ikut diukur. Peramban
    mengompilasi ulang kode WebAssembly yang sering dipakai menjadi versi yang lebih cepat, dan tanpa
    pemanasan, eksekusi pertama akan tampak lebih lambat daripada seharusnya. Program Python di bawah
    juga mengalibrasi dirinya sendiri, tetapi waktunya mencakup waktu untuk memulai proses-proses
    worker, karena di Python hal itu memang biaya nyata. Untuk Mandelbrot, program itu membagi gambar
    menjadi pita yang sama dengan halaman ini, dan kalibrasinya menggambar satu gambar kecil yang
    utuh, sehingga rata-rata waktu per tugas mendekati `CPU_MS`.

## Celery

celery-title = Celery
celery-lead = Antrean tugas, broker, dan worker Celery di latar belakang.
celery-prose-1 =
    Celery adalah pustaka untuk menjalankan tugas secara asinkron di luar alur utama aplikasi,
    misalnya pemrosesan antrean atau tugas latar belakang. Aplikasi mengirim tugas ke _worker_
    Celery, yaitu program yang berjalan terpisah, lalu melanjutkan pekerjaannya sendiri.
celery-prose-2 = ## Broker, worker Celery, dan result backend
celery-prose-3 =
    - Aplikasi memanggil `tugas.delay(...)`: pesan yang berisi nama tugas dan argumennya dikirim ke _broker_ (misalnya Redis atau RabbitMQ).
    - Worker Celery mengambil pesan dari antrean, menjalankan tugas, lalu mengonfirmasi (_ack_) bahwa pesan sudah selesai ditangani.
    - Hasilnya disimpan di _result backend_, dan aplikasi bisa menanyakan status tugas: PENDING, STARTED, SUCCESS, FAILURE, atau RETRY.
celery-prose-4 =
    Jika worker Celery mati sebelum mengirim _ack_, broker mengirim ulang pesan itu ke worker lain.
    Tugas yang gagal bisa dicoba ulang (_retry_) dengan jeda bertambah (_backoff_). Karena itu, tugas
    Celery sebaiknya idempoten, yaitu aman dijalankan lebih dari sekali.
celery-prose-5 =
    Di dunia nyata, broker adalah server tersendiri, dan worker Celery bisa berjalan di mesin yang
    berbeda dari aplikasi yang mengirim tugas.
celery-preset-email = Kirim 100 email
celery-preset-images = Proses unggahan gambar
celery-preset-crash = Worker mati di tengah jalan
celery-preset-prefetch = _Prefetch_ menimbun tugas
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
py-ce-run-worker = jalankan worker dengan
py-ce-urls = Alamat broker dan result backend; variabel lingkungan boleh menggantinya.
py-ce-sweep = Periksa pesan yang belum di-ack setiap detik, agar hanya visibility_timeout yang menentukan kapan pesan kembali ke antrean (bawaan kombu: kira-kira sekali per 100 detik).
py-ce-same-rule = Aturan gagal yang sama dengan halaman: SplitMix64 dengan benih (SEED, tugas, retries).
py-ce-flaky = Galat yang dicoba ulang oleh autoretry_for.
py-ce-run-log = Satu baris setiap kali badan tugas dijalankan, ditulis sebelum bekerja, agar percobaan yang prosesnya mati pun terhitung.
py-ce-crash = Proses anak ini mati mendadak, seperti terkena SIGKILL atau kehabisan memori.
py-ce-cpu = Kerja CPU: inti yang dipakai proses anak ini ikut sibuk.
py-ce-same-cpu = Kerja CPU per tugas yang sama persis dengan demo di halaman (benih yang sama).
py-ce-producer = Kirim semua tugas, lalu tunggu sampai semuanya berstatus akhir atau waktunya habis.
py-ce-nodes = Jalankan dulu worker-nya (lihat tasks.py); untuk beberapa node, jalankan perintahnya sekali per node dengan nama berbeda (-n).

## Bandingkan

bandingkan-title = Bandingkan
bandingkan-lead = Kapan memakai pendekatan yang mana.
bandingkan-prose-1 =
    Pilihan antara threading, multiprocessing, asyncio, atau pustaka lain bergantung pada jenis
    tugas yang Anda tangani dan kebutuhan aplikasi Anda. Halaman ini merangkum kapan setiap
    pendekatan cocok dipakai, disertai angka hasil pengukuran CPython sebagai pembanding.
bandingkan-prose-2 = ## Cara memilih
bandingkan-prose-3 =
    - Banyak menunggu jaringan, dengan ribuan koneksi: **asyncio**.
    - Menunggu I/O dengan pustaka yang tidak mendukung `async`: **threading**.
    - Perhitungan berat dalam Python murni di satu mesin: **multiprocessing** (atau, dengan hati-hati, build _free-threaded_).
    - Perhitungan di dalam pustaka C yang melepas GIL, seperti NumPy, `hashlib`, atau `zlib`: **threading** pun sudah bisa berjalan paralel.
    - Pekerjaan latar belakang yang harus tahan terhadap kegagalan, bisa dicoba ulang, atau tersebar ke banyak mesin: **Celery**.
bandingkan-prose-4 =
    Sebagai pembanding, kami menjalankan `bench/cpython/compare.py` dari repositori proyek ini dengan
    CPython 3.11.7 dan 3.13.0 di mesin uji kami: Linux, prosesor AMD EPYC dua inti, yang saat itu
    juga dipakai pekerjaan lain. Setiap angka adalah waktu berurutan dibagi waktu konkuren,
    masing-masing yang terbaik dari tiga kali jalan. Untuk menunggu I/O, hasilnya stabil: empat
    thread 3,7–4,0× lebih cepat daripada satu thread, dan empat tugas asyncio 3,9–4,0×. Empat thread
    yang menghitung dalam Python murni tidak pernah memakai lebih dari satu inti sekaligus (rata-rata
    0,56–1,00 inti), karena GIL. Percepatan dua proses bergantung pada inti yang sedang menganggur:
    pengukuran sebelumnya dengan CPython 3.11, saat mesin ini sepi, mencatat 1,93×, sedangkan
    pengukuran ulang kami, saat kedua inti juga sibuk, hanya 0,8–1,8×. Angka di demo halaman lain
    berasal dari peramban Anda sendiri.

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
run-phase-queued = Menunggu eksekusi lain selesai…
run-phase-workers = Menyiapkan { $n } worker…
run-phase-calibrating = Kalibrasi: mengukur kecepatan satu inti…
run-phase-pass = Langkah { $i } dari { $n }: { $label }
run-refused = Eksekusi ini diperkirakan memakan waktu sekitar { $ms }, melebihi batas kami ({ $max }). Kurangi jumlah tugas, kerja CPU per tugas, atau jumlah worker yang diukur.
run-error-unavailable = Worker tidak tersedia di halaman ini (halaman tidak terisolasi lintas-origin), jadi kerja paralel tidak bisa dijalankan. Lihat panel kemampuan peramban di bawah.
run-error-workers = Peramban menolak memulai worker: { $reason }
run-error-lost = Salah satu worker berhenti tanpa memberi jawaban, jadi eksekusi ini dihentikan. Coba jalankan lagi; worker baru akan disiapkan.
run-honest = Waktu diukur di dalam worker dengan satu jam yang sama untuk semua worker (performance.timeOrigin + performance.now()).
preset-title = Contoh situasi:
python-title = Program Python yang setara
code-copy = Salin kode
code-copied = Kode sudah disalin.
code-copy-failed = Peramban tidak mengizinkan penyalinan otomatis. Pilih kodenya, lalu salin secara manual.
timeline-title = Lini masa eksekusi terakhir
timeline-table = Tampilkan lini masa sebagai tabel
timeline-table-caption = Waktu dalam milidetik sejak eksekusi dimulai. Jika tugasnya banyak, setiap baris merangkum sekelompok tugas yang berurutan.
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
asyncio-refused = Eksekusi ini akan membekukan halaman selama sekitar { $ms }, melebihi batas kami ({ $max }). Panggilan yang memblokir dan kerja CPU berjalan di satu-satunya thread halaman ini, persis seperti di asyncio. Kurangi jumlah tugas, waktu tunggu, atau kerja CPU.
asyncio-live = { $elapsed } telah berlalu · { $ended } dari { $tasks } tugas sudah berakhir
asyncio-lag-now = Keterlambatan event loop saat ini: { $lag } (terbesar: { $max })
asyncio-result-wall = Eksekusi dengan { $tasks } tugas berakhir dalam { $ms } (diukur).
asyncio-result-counts = Selesai: { $done } · melewati batas waktu: { $timedout } · dibatalkan: { $cancelled }
asyncio-result-sequential = Jika dikerjakan satu per satu: { $ms } (dihitung dari jumlah semua waktu tunggu dan kerja CPU, bukan hasil eksekusi). Eksekusi ini { $ratio } lebih cepat daripada cara itu.
asyncio-result-lag = Keterlambatan event loop terbesar selama eksekusi: { $ms } (diukur dengan detak setiap 10 ms).
asyncio-result-honest = Semua waktu di atas diukur di peramban Anda dengan performance.now(), kecuali yang ditandai “dihitung”.
py-mp-calibrate = Jumlah unit kerja yang diselesaikan satu inti per milidetik di mesin ini, agar CPU_MS memang berarti milidetik.
py-mp-calibrate-picture = Piksel per milidetik di mesin ini, diukur dengan menggambar satu gambar kecil yang utuh, seperti halaman, agar rata-rata tugas memakan CPU_MS.
py-mp-startup = Waktu ini mencakup memulai proses-proses worker: overhead yang nyata.
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
mp-result-times = 1 proses worker: { $base } · { $n } proses worker: { $ms } (keduanya diukur dalam eksekusi ini).
mp-result-calibration = Kalibrasi perangkat ini: 1 ms kerja satu inti ≈ { $rate } { $unit }.
mp-result-same = Hasil paralel sama persis dengan hasil satu proses worker.
mp-result-different = Peringatan: hasil paralel berbeda dari hasil satu proses worker.
mp-result-capped = Ukuran gambar dibatasi { $max } piksel, jadi kerja per tugas lebih sedikit daripada yang diminta.
mp-result-started = Menyiapkan { $n } proses worker memakan waktu { $ms } (diukur saat halaman ini membutuhkannya). Python juga membayar biaya memulai proses sebelum tugas pertama berjalan; di sini prosesnya adalah Web Worker, yang dimulai lebih cepat daripada proses sistem operasi.
mp-result-amdahl = Hukum Amdahl, S(n) = 1 / (f + (1 − f) / n), paling cocok dengan bagian berurutan f = { $f } (dihitung dari hasil pengukuran dengan berbagai jumlah proses worker).
mp-unit-primes = bilangan yang diperiksa
mp-unit-mandelbrot = piksel Mandelbrot
mp-unit-hash = putaran hash
mp-lane-baseline = 1 proses worker
mp-legend-baseline = eksekusi dengan 1 proses worker (pembanding)
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
th-preset-cpu = Komputasi berat dengan 4 thread
th-preset-mixed = Campuran I/O dan CPU
th-running-sequential = Menjalankan semua tugas secara berurutan di 1 thread…
th-running-threaded = Menjalankan dengan { $n } thread…
th-result-speedup = Percepatan { $ratio } dengan { $n } thread (diukur).
th-result-times = Berurutan: { $seq } · dengan thread: { $ms } (keduanya diukur dalam eksekusi ini).
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
race-why-lost = Sebuah thread membaca nilai, lalu disela sebelum sempat menulis. Selama ia menunggu, thread-thread lain terus menambah. Ketika thread pertama akhirnya menulis nilai lamanya + 1, semua penambahan dari thread lain selama jeda itu terhapus. Dengan GIL, peralihan seperti itu jarang terjadi, tetapi mahal: satu peralihan yang jatuh di antara baca dan tulis bisa menghapus ribuan penambahan sekaligus. Tanpa GIL, thread-thread berjalan bersamaan, sehingga tabrakan jauh lebih sering, tetapi biasanya setiap tabrakan hanya menghapus satu atau beberapa penambahan.
race-why-locked = Dengan lock, langkah baca–tambah–tulis tidak pernah disela oleh thread lain, jadi hitungannya tepat.
race-why-lucky = Kali ini tidak ada pembaruan yang hilang: tidak ada peralihan yang jatuh di antara baca dan tulis. Itu kebetulan, bukan jaminan. Perbesar jumlah penambahan atau perkecil interval peralihan, lalu coba lagi.
